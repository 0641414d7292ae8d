import { httpRequest, NetworkError, type HttpResult } from "@/lib/sync/http";
import { scimErrorMessage } from "@/lib/sync/connectors/scim/scim-url";
import { RequestBudget, sleep } from "./request-budget";
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, type RetryPolicy } from "./retry-policy";
import { checkAnswer, ConnectionError, type ExpectedAnswer } from "./sync-errors";
import type { CallTrace } from "./types";

export type TargetRequest = {
  method: string;
  url: string;
  /** headers, or a function called per attempt (webhook signatures carry the attempt's timestamp) */
  headers?: Record<string, string> | (() => Record<string, string>);
  body?: unknown;
  rawBody?: string;
};

/** How long one request may take before it counts as timed out (then retried like a 5xx). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/** Network failures that mean "nothing answers there": the run fails at once instead of retrying. */
const HOST_DOWN = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH/;

/**
 * Every HTTP call a run makes to its target goes through here: the request budget,
 * retries of 429/5xx/timeouts with backoff and Retry-After, and connection-level
 * failures (401/403, unreachable host, TLS) raised as ConnectionError. A 4xx data
 * error is returned to the connector, never retried; a 2xx that is not the API's
 * answer (HTML, broken JSON) throws TargetAnswerError, never retried.
 */
export class TargetClient {
  readonly budget: RequestBudget;
  readonly retry: RetryPolicy;

  constructor(
    private readonly options: {
      requestsPerSecond: number | null;
      retry?: Partial<RetryPolicy>;
      headers?: Record<string, string>;
      /** per request, in ms (default 15 s, `SYNC_REQUEST_TIMEOUT_MS`) */
      timeoutMs?: number;
      /** what a 2xx answer must be; anything else throws TargetAnswerError */
      expect?: ExpectedAnswer;
      fetchImpl?: typeof fetch;
    },
  ) {
    this.budget = new RequestBudget(options.requestsPerSecond);
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  }

  async request(req: TargetRequest, trace: CallTrace): Promise<HttpResult> {
    for (let attempt = 1; ; attempt++) {
      await this.budget.take();
      trace.attempts = Math.max(trace.attempts, attempt);
      const headers = { ...this.options.headers, ...(typeof req.headers === "function" ? req.headers() : req.headers) };
      let result: HttpResult;
      try {
        result = await httpRequest({
          method: req.method,
          url: req.url,
          headers,
          body: req.body,
          rawBody: req.rawBody,
          timeoutMs: this.options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
          fetchImpl: this.options.fetchImpl,
        });
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        trace.exchange = error.exchange;
        if (error.reason === "blocked") throw new ConnectionError(error.message, "network.blocked", error.exchange);
        if (error.reason === "tls") throw new ConnectionError(`TLS failed: ${error.message}`, "network.tls", error.exchange);
        if (HOST_DOWN.test(error.message)) {
          throw new ConnectionError(`The target could not be reached: ${error.message}`, "network.unreachable", error.exchange);
        }
        if (attempt >= this.retry.maxAttempts) throw error;
        await sleep(backoffDelay(this.retry, attempt));
        continue;
      }
      trace.exchange = result.exchange;
      if (result.status === 401 || result.status === 403) {
        const what = result.status === 401 ? "The target refused the credentials" : "The target denied access";
        throw new ConnectionError(`${what} (${scimErrorMessage(result.status, result.body)})`, `http.${result.status}`, result.exchange);
      }
      const unexpected = this.options.expect ? checkAnswer(result, this.options.expect) : null;
      if (unexpected) throw unexpected;
      if (!isRetryableStatus(result.status) || attempt >= this.retry.maxAttempts) return result;
      const retryAfter = parseRetryAfter(result.headers.get("retry-after"));
      if (retryAfter !== null && retryAfter > this.retry.maxRetryAfterMs) return result;
      if (retryAfter !== null && result.status === 429) this.budget.pause(retryAfter);
      await sleep(Math.max(retryAfter ?? 0, backoffDelay(this.retry, attempt)));
    }
  }
}
