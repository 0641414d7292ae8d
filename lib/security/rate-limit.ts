import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getPool } from "@/db";

/**
 * Rate limits shared by every web process: counters live in PostgreSQL (table `rate_limits`,
 * created by a migration).
 */
const limiters = new Map<string, RateLimiterPostgres>();

export function getRateLimiter(options: { keyPrefix: string; points: number; durationSeconds: number }): RateLimiterPostgres {
  const key = `${options.keyPrefix}:${options.points}:${options.durationSeconds}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: getPool(),
      tableName: "rate_limits",
      keyPrefix: options.keyPrefix,
      points: options.points,
      duration: options.durationSeconds,
      tableCreated: true, // the rate_limits table of db/schema/api.ts
    });
    limiters.set(key, limiter);
  }
  return limiter;
}

/** Seconds until the key may try again, or 0 when it is not limited. */
export async function secondsBlocked(limiter: RateLimiterPostgres, key: string): Promise<number> {
  const state = await limiter.get(key);
  if (!state || state.remainingPoints > 0) return 0;
  return Math.ceil(state.msBeforeNext / 1000);
}

/** Counts one event; resolves with the seconds to wait when that used up the budget. */
export async function consume(limiter: RateLimiterPostgres, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (result) {
    if (result instanceof RateLimiterRes) return Math.ceil(result.msBeforeNext / 1000);
    throw result;
  }
}
