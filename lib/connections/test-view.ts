import type { HttpExchange } from "@/db/schema";
import type { TestConnectionResult } from "@/lib/sync/connectors/types";

/** A connection test as the browser gets it: the target's words and the redacted exchanges, nothing secret. */
export type TestView = {
  ok: boolean;
  message: string | null;
  summary: Record<string, string | number | boolean>;
  exchanges: HttpExchange[];
};

/** Our own failure codes ("missing_target", "missing_secret") become words in the user's language. */
export function toTestView(result: TestConnectionResult, translate: (code: "missing_target" | "missing_secret") => string): TestView {
  if (result.ok) return { ok: true, message: null, summary: result.summary, exchanges: result.exchanges };
  const own = result.message === "missing_target" || result.message === "missing_secret";
  return {
    ok: false,
    message: own ? translate(result.message as "missing_target" | "missing_secret") : result.message,
    summary: {},
    exchanges: result.exchanges,
  };
}
