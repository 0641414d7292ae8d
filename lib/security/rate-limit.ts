import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getPool } from "@/db";

/**
 * The one rate limiter of the app: sign-in throttling, the public API and the public forms
 * all count here, in PostgreSQL (table `rate_limits`, db/schema/rate-limits.ts), so every
 * web process shares the counters. A limit is a key prefix with its budget per window.
 */
export type RateLimit = { keyPrefix: string; points: number; durationSeconds: number };

const globalForLimiters = globalThis as unknown as { marketplaceRateLimiters?: Map<string, RateLimiterPostgres> };

export function getRateLimiter(limit: RateLimit): RateLimiterPostgres {
  const cache = (globalForLimiters.marketplaceRateLimiters ??= new Map());
  const id = `${limit.keyPrefix}:${limit.points}:${limit.durationSeconds}`;
  let limiter = cache.get(id);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: getPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: limit.keyPrefix,
      points: limit.points,
      duration: limit.durationSeconds,
    });
    cache.set(id, limiter);
  }
  return limiter;
}

/** Keys stay short and free of what a client sent verbatim (IP headers and emails can hold anything). */
export function safeKey(key: string): string {
  return /^[\w.:@+-]{1,100}$/.test(key) ? key : createHash("sha256").update(key).digest("hex");
}

/** Seconds until the key may try again, or 0 when it is not limited. */
export async function secondsBlocked(limit: RateLimit, key: string): Promise<number> {
  const state = await getRateLimiter(limit).get(safeKey(key));
  if (!state || state.remainingPoints > 0) return 0;
  return Math.ceil(state.msBeforeNext / 1000);
}

export type Consumed = { allowed: boolean; remainingPoints: number; msBeforeNext: number };

/** Takes one point for `key`; says whether it was still within the budget. */
export async function consume(limit: RateLimit, key: string): Promise<Consumed> {
  try {
    const res = await getRateLimiter(limit).consume(safeKey(key));
    return { allowed: true, remainingPoints: res.remainingPoints, msBeforeNext: res.msBeforeNext };
  } catch (result) {
    if (result instanceof RateLimiterRes) return { allowed: false, remainingPoints: 0, msBeforeNext: result.msBeforeNext };
    throw result;
  }
}
