import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter } from "./retry-policy";
import { TargetClient } from "./target-client";
import { ConnectionError } from "./sync-errors";
import { newTrace } from "./types";

function fakeFetch(answers: { status: number; headers?: Record<string, string>; body?: string }[]) {
  const calls: number[] = [];
  const impl = (async () => {
    calls.push(Date.now());
    const a = answers[Math.min(calls.length - 1, answers.length - 1)];
    return new Response(a.body ?? "{}", { status: a.status, headers: { "content-type": "application/json", ...a.headers } });
  }) as unknown as typeof fetch;
  return { impl, calls };
}

describe("retry policy", () => {
  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000);
    expect(parseRetryAfter("soon")).toBeNull();
  });
  it("backs off exponentially with jitter, within the cap", () => {
    const p = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(p, 1, () => 0)).toBe(50);
    expect(backoffDelay(p, 3, () => 1)).toBe(400);
    expect(backoffDelay(p, 10, () => 1)).toBe(1000);
  });
});

describe("target client", () => {
  it("waits at least Retry-After after a 429, then succeeds; the trace counts the attempts", async () => {
    const { impl, calls } = fakeFetch([{ status: 429, headers: { "retry-after": "1" } }, { status: 200 }]);
    const client = new TargetClient({ requestsPerSecond: null, retry: { baseDelayMs: 1 }, fetchImpl: impl });
    const trace = newTrace();
    const result = await client.request({ method: "GET", url: "http://target.test/x" }, trace);
    expect(result.status).toBe(200);
    expect(trace.attempts).toBe(2);
    expect(calls[1] - calls[0]).toBeGreaterThanOrEqual(1000);
  });
  it("never retries a 4xx data error", async () => {
    const { impl, calls } = fakeFetch([{ status: 400, body: '{"detail":"bad"}' }]);
    const result = await new TargetClient({ requestsPerSecond: null, fetchImpl: impl }).request({ method: "POST", url: "http://target.test/x" }, newTrace());
    expect(result.status).toBe(400);
    expect(calls).toHaveLength(1);
  });
  it("gives up after the last attempt of a 5xx and returns the answer", async () => {
    const { impl, calls } = fakeFetch([{ status: 503 }]);
    const client = new TargetClient({ requestsPerSecond: null, retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 }, fetchImpl: impl });
    expect((await client.request({ method: "GET", url: "http://target.test/x" }, newTrace())).status).toBe(503);
    expect(calls).toHaveLength(3);
  });
  it("raises 401 and 403 as connection-level errors with the exchange", async () => {
    const { impl } = fakeFetch([{ status: 403, body: '{"detail":"no scope"}' }]);
    const error = await new TargetClient({ requestsPerSecond: null, fetchImpl: impl }).request({ method: "GET", url: "http://target.test/x" }, newTrace()).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ code: "http.403", message: "The target denied access (403: no scope)" });
    expect(error.exchange.response.status).toBe(403);
  });
  it("keeps to the request budget", async () => {
    const { impl, calls } = fakeFetch([{ status: 200 }]);
    const client = new TargetClient({ requestsPerSecond: 20, fetchImpl: impl });
    const started = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => client.request({ method: "GET", url: "http://target.test/x" }, newTrace())));
    expect(calls[4] - started).toBeGreaterThanOrEqual(4 * 50 - 2); // five requests at 20/s span at least 200 ms
  });
});
