import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getPool } from "@/db";
import { AppError } from "@/lib/errors";

/**
 * Rate limits of the public forms, counted in PostgreSQL (table form_rate_limits)
 * so every web process shares them.
 */
export type RateLimitRule = { name: string; points: number; durationSeconds: number };

const limiters = new Map<string, RateLimiterPostgres>();

function limiter(rule: RateLimitRule): RateLimiterPostgres {
  const id = `${rule.name}:${rule.points}:${rule.durationSeconds}`;
  let found = limiters.get(id);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: getPool(),
      tableName: "form_rate_limits",
      tableCreated: true,
      keyPrefix: rule.name,
      points: rule.points,
      duration: rule.durationSeconds,
      clearExpiredByTimeout: true,
    });
    limiters.set(id, found);
  }
  return found;
}

/** Takes one point from each rule's bucket; throws AppError("rate_limited", { retryAfterSeconds }) when one is empty. */
export async function consumeRateLimits(checks: { rule: RateLimitRule; key: string }[]): Promise<void> {
  for (const { rule, key } of checks) {
    try {
      await limiter(rule).consume(key.toLowerCase().slice(0, 200));
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw new AppError("rate_limited", `rate limit ${rule.name}`, { retryAfterSeconds, rule: rule.name });
      }
      throw error;
    }
  }
}
