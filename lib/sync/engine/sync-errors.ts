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

/**
 * A 2xx answer that is not what the target's API sends: an HTML page (a proxy's or
 * captive portal's login page, a wrong base URL) or a body that does not parse as JSON.
 * Nothing in it is taken as done: the employee fails with this code and the exchange.
 */
export class TargetAnswerError extends Error {
  constructor(
    message: string,
    public readonly code: "response.html" | "response.invalid_json",
    public readonly exchange: HttpExchange,
  ) {
    super(message);
    this.name = "TargetAnswerError";
  }
}

/** What a target must answer with a 2xx: JSON (SCIM), or anything but an HTML page (webhooks). */
export type ExpectedAnswer = "json" | "not-html";

/** The problem with a 2xx answer's body, or null when it is what `expect` allows (an empty body always is). */
export function checkAnswer(result: { status: number; headers: Headers; body: unknown; exchange: HttpExchange }, expect: ExpectedAnswer): TargetAnswerError | null {
  if (result.status < 200 || result.status >= 300 || typeof result.body !== "string" || !result.body.trim()) return null;
  const type = result.headers.get("content-type")?.split(";")[0].trim() || "no content type";
  const text = result.body.trim();
  // A page, not just a word sent as text/html (Express's res.send("ok") is text/html too).
  const page = /<(!doctype html|html|head|body|title|form)[\s>]/i.test(text.slice(0, 4000));
  if (page || (expect === "json" && /html/i.test(type))) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return new TargetAnswerError(
      `The target answered an HTML page instead of JSON (${result.status}, ${type}${title ? `: "${title.slice(0, 120)}"` : ""}); a proxy or login page may be in the way, or the URL is wrong`,
      "response.html",
      result.exchange,
    );
  }
  if (expect === "not-html") return null;
  return new TargetAnswerError(`The target answered ${/json/i.test(type) ? "invalid JSON" : `${type} instead of JSON`} (${result.status}); its body is kept with the response`, "response.invalid_json", result.exchange);
}
