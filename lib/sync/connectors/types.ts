import type { HttpExchange } from "@/db/schema";

/**
 * The result of "Test connection": success with what the target told us, or the
 * target's error as a person can read it, with the exchange that shows it.
 */
export type TestConnectionResult =
  | { ok: true; summary: Record<string, string | number | boolean>; exchanges: HttpExchange[] }
  | { ok: false; message: string; status?: number; exchanges: HttpExchange[] };
