import type { HttpExchange } from "@/db/schema";

/**
 * A second redaction before an exchange is shown: the engine redacts what it
 * records, but partner-reported runs arrive through the public API, so nothing
 * secret-looking is rendered whatever the source.
 */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token|webhook-signature)$/i;
const SECRET_FIELD = /(password|secret|token|authorization|api[-_]?key|credential)/i;
export const REDACTED = "[redacted]";

function redactHeaders(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!headers) return undefined;
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, SECRET_HEADER.test(k) ? REDACTED : String(v)]));
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_FIELD.test(k) && v ? REDACTED : redactValue(v)]));
  }
  // a credential after its scheme (long enough to be one: "Bearer token rejected" stays readable)
  if (typeof value === "string") return value.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{16,}/g, `$1 ${REDACTED}`);
  return value;
}

/** Bodies may be JSON text: redact inside it too. */
function redactBody(body: unknown): unknown {
  if (typeof body === "string") {
    const trimmed = body.trim();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        return JSON.stringify(redactValue(JSON.parse(trimmed)));
      } catch {
        // not JSON after all
      }
    }
  }
  return redactValue(body);
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = u.username ? REDACTED : "";
      u.password = u.password ? REDACTED : "";
    }
    for (const key of [...u.searchParams.keys()]) if (SECRET_FIELD.test(key)) u.searchParams.set(key, REDACTED);
    return u.toString().replace(/%5Bredacted%5D/g, REDACTED);
  } catch {
    return url;
  }
}

export function redactExchange(exchange: HttpExchange | null | undefined): HttpExchange | null {
  if (!exchange) return null;
  const out: HttpExchange = {};
  if (exchange.request) {
    out.request = {
      method: String(exchange.request.method ?? "GET"),
      url: redactUrl(String(exchange.request.url ?? "")),
      headers: redactHeaders(exchange.request.headers),
      body: redactBody(exchange.request.body),
    };
  }
  if (exchange.response) {
    out.response = { status: Number(exchange.response.status), headers: redactHeaders(exchange.response.headers), body: redactBody(exchange.response.body) };
  }
  return out;
}

/** A body for reading: JSON pretty-printed, text as it is. */
export function formatBody(body: unknown): string {
  if (body === undefined || body === null || body === "") return "";
  if (typeof body === "string") {
    try {
      return JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      return body;
    }
  }
  return JSON.stringify(body, null, 2);
}
