import type { HttpExchange } from "@/db/schema";

/**
 * A connection-level failure (credentials refused, host unreachable, TLS): the run
 * stops at once and records this message and the exchange that caused it.
 */
export class ConnectionError extends Error {
  constructor(
    message: string,
    /** stable cause key, e.g. "http.401", "network.unreachable" */
    public readonly code: string,
    public readonly exchange: HttpExchange | null,
  ) {
    super(message);
    this.name = "ConnectionError";
  }
}

/** The stable cause key of an HTTP error answer: the SCIM scimType when given, else the status. */
export function errorCodeFor(status: number, body: unknown): string {
  const scimType = body && typeof body === "object" ? (body as { scimType?: unknown }).scimType : undefined;
  if (typeof scimType === "string" && /^[A-Za-z]+$/.test(scimType)) return `scim.${scimType}`;
  return `http.${status}`;
}
