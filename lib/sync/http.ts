import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { HttpExchange } from "@/db/schema";
import { checkTargetAddress, checkTargetHost, targetAddressPolicy } from "@/lib/connections/target-address-policy";

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
    public readonly reason: "timeout" | "unreachable" | "tls" | "blocked" | "other",
  ) {
    super(message);
    this.name = "NetworkError";
  }
}

/** The SSRF guard refused the address (lib/connections/target-address-policy.ts): no connection was opened. */
export class TargetAddressError extends Error {
  readonly code = "ERR_TARGET_ADDRESS_NOT_ALLOWED";
  constructor(reason: string) {
    super(`Target address not allowed: ${reason}`);
    this.name = "TargetAddressError";
  }
}

/**
 * dns.lookup, then the SSRF guard on every address the name resolves to, at the moment
 * the connection is made: a name that points inward, or is re-pointed after the URL was
 * checked (DNS rebinding), is refused before a socket opens. IP literals never reach a
 * lookup; httpRequest checks them itself.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  try {
    const policy = targetAddressPolicy();
    const named = checkTargetHost(hostname, policy);
    if (!named.allowed) return callback(new TargetAddressError(named.reason), "");
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      for (const { address } of addresses) {
        const verdict = checkTargetAddress(address, policy);
        if (!verdict.allowed) return callback(new TargetAddressError(`${verdict.reason} (resolved from ${hostname})`), "");
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  } catch (error) {
    callback(error as Error, "");
  }
};

/** Kept-alive connections per process, every new one resolved through the guard. */
const agents = {
  "http:": new http.Agent({ keepAlive: true, lookup: guardedLookup }),
  "https:": new https.Agent({ keepAlive: true, lookup: guardedLookup }),
};

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

type SystemError = { name?: string; message?: string; code?: string; errors?: { code?: string; message?: string }[] };

/** The most specific words a failure carries: the system error's code and message (fetch hides them in `cause`). */
export function describeNetworkError(error: unknown): string {
  const e = error as (SystemError & { cause?: SystemError }) | undefined;
  if (e instanceof TargetAddressError) return e.message;
  if (e?.name === "TimeoutError") return "timed out";
  const source = e?.cause ?? e;
  const code = source?.code ?? source?.errors?.[0]?.code;
  const words = [e?.cause?.message, e?.message || e?.errors?.[0]?.message];
  return [code, ...words].filter((w, i, all) => w && all.indexOf(w) === i).join(": ");
}

function classify(error: unknown): NetworkError["reason"] {
  if (error instanceof TargetAddressError) return "blocked";
  const text = `${(error as Error)?.name} ${describeNetworkError(error)}`;
  if (/Timeout|Abort/i.test(text)) return "timeout";
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET/i.test(text)) return "unreachable";
  if (/CERT|TLS|SSL/i.test(text)) return "tls";
  return "other";
}

/** Larger answers are cut off as failures: SCIM pages and webhook replies are far smaller. */
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

type RawResponse = { status: number; headers: Headers; text: string };

/** One request over the guarded keep-alive agents; the timeout covers the whole exchange, body included. */
function send(url: URL, init: { method: string; headers: Record<string, string>; body?: string; timeoutMs: number }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = init.body === undefined ? init.headers : { ...init.headers, "content-length": String(Buffer.byteLength(init.body)) };
    let timedOut: Error | undefined;
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(timedOut ?? error);
    };
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, { method: init.method, headers, agent: agents[url.protocol as keyof typeof agents] }, (res) => {
      const chunks: Buffer[] = [];
      let received = 0;
      res.on("data", (chunk: Buffer) => {
        received += chunk.length;
        // A target answering without end must not fill the worker's memory.
        if (received > MAX_RESPONSE_BYTES) req.destroy(new Error(`the answer was larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB`));
        else chunks.push(chunk);
      });
      res.on("error", fail);
      res.on("end", () => {
        clearTimeout(timer);
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const one of [value ?? []].flat()) responseHeaders.append(name, one);
        }
        resolve({ status: res.statusCode ?? 0, headers: responseHeaders, text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    const timer = setTimeout(() => {
      timedOut = Object.assign(new Error("timed out"), { name: "TimeoutError" });
      req.destroy(timedOut);
    }, init.timeoutMs);
    // A kept-alive socket skips the lookup: its address is checked again, under the policy of now.
    req.on("socket", (socket) => {
      const verdict = socket.remoteAddress ? checkTargetAddress(socket.remoteAddress, targetAddressPolicy()) : null;
      if (verdict && !verdict.allowed) req.destroy(new TargetAddressError(verdict.reason));
    });
    req.on("error", fail);
    req.end(init.body);
  });
}

/**
 * One HTTP call to a target, recorded as a redacted, truncated exchange. The SSRF guard
 * decides first (an IP literal or known name here, resolved names in guardedLookup).
 * Network failures and refused addresses throw NetworkError (with the exchange); HTTP
 * errors are returned. `fetchImpl` replaces the transport in tests.
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
  const url = new URL(options.url);
  const request: NonNullable<HttpExchange["request"]> = {
    method: options.method,
    url: `${url.origin}${url.pathname}${url.search}`,
    headers: redactHeaders(headers),
    body: options.body !== undefined ? truncate(redactBody(options.body)) : undefined,
  };
  const timeoutMs = options.timeoutMs ?? 30_000;
  let response: RawResponse;
  try {
    const verdict = checkTargetHost(url.hostname, targetAddressPolicy());
    if (!verdict.allowed) throw new TargetAddressError(verdict.reason);
    if (options.fetchImpl) {
      const init = { method: options.method, headers, body: payload, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) } as const;
      const answer = await options.fetchImpl(options.url, init);
      response = { status: answer.status, headers: answer.headers, text: await answer.text() };
    } else {
      response = await send(url, { method: options.method, headers, body: payload, timeoutMs });
    }
  } catch (error) {
    throw new NetworkError(describeNetworkError(error), { request }, classify(error));
  }
  const { text } = response;
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
