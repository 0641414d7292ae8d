import type { HttpExchange } from "@/db/schema";

/** How much of a body an exchange keeps: enough to read the error, bounded for 100,000 rows. */
const MAX_BODY_CHARS = 4000;
const SECRET_HEADERS = /^(authorization|cookie|set-cookie|x-api-key|webhook-signature)$/i;
const SECRET_FIELDS = /(password|secret|token)/i;

export type HttpResult = {
  status: number;
  headers: Headers;
  body: unknown;
  exchange: HttpExchange;
};

export class NetworkError extends Error {
  constructor(
    message: string,
    public readonly exchange: HttpExchange,
    public readonly reason: "timeout" | "unreachable" | "tls" | "other",
  ) {
    super(message);
    this.name = "NetworkError";
  }
}

function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, SECRET_HEADERS.test(k) ? "[redacted]" : v]));
}

export function redactBody(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(redactBody);
  if (body && typeof body === "object") {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, SECRET_FIELDS.test(k) ? "[redacted]" : redactBody(v)]));
  }
  return body;
}

function truncate(body: unknown): unknown {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  if (text === undefined || text.length <= MAX_BODY_CHARS) return body;
  return `${text.slice(0, MAX_BODY_CHARS)}… [truncated, ${text.length} characters]`;
}

/** The most specific words a fetch failure carries (undici hides them in `cause`). */
export function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } })?.cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  return [code, cause?.message, (error as Error)?.name === "TimeoutError" ? "timed out" : (error as Error)?.message].filter(Boolean).join(": ");
}

function classify(error: unknown): NetworkError["reason"] {
  const text = `${(error as Error)?.name} ${describeNetworkError(error)}`;
  if (/Timeout|Abort/i.test(text)) return "timeout";
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET/i.test(text)) return "unreachable";
  if (/CERT|TLS|SSL/i.test(text)) return "tls";
  return "other";
}

/**
 * One HTTP call to a target, recorded as a redacted, truncated exchange.
 * Network failures throw NetworkError (with the exchange); HTTP errors are returned.
 */
export async function httpRequest(options: {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}): Promise<HttpResult> {
  const headers: Record<string, string> = { accept: "application/scim+json, application/json", ...options.headers };
  let payload: string | undefined = options.rawBody;
  if (payload === undefined && options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const path = new URL(options.url);
  const request: NonNullable<HttpExchange["request"]> = {
    method: options.method,
    url: `${path.origin}${path.pathname}${path.search}`,
    headers: redactHeaders(headers),
    body: options.body !== undefined ? truncate(redactBody(options.body)) : undefined,
  };
  let response: Response;
  try {
    response = await (options.fetchImpl ?? fetch)(options.url, {
      method: options.method,
      headers,
      body: payload,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    const reason = classify(error);
    throw new NetworkError(describeNetworkError(error), { request }, reason);
  }
  const text = await response.text();
  let body: unknown = text;
  if (text && /json/i.test(response.headers.get("content-type") ?? "")) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  const kept: Record<string, string> = {};
  for (const name of ["content-type", "retry-after", "etag", "location", "x-request-id", "ratelimit-remaining"]) {
    const value = response.headers.get(name);
    if (value) kept[name] = value;
  }
  return {
    status: response.status,
    headers: response.headers,
    body,
    exchange: { request, response: { status: response.status, headers: kept, body: truncate(redactBody(body)) } },
  };
}
