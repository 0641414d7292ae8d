import { AppError } from "@/lib/errors";
import { consume } from "@/lib/security/rate-limit";

/** Rate limits of the public forms, counted by the app's one rate limiter (lib/security/rate-limit.ts). */
export type RateLimitRule = { name: string; points: number; durationSeconds: number };

/** Takes one point from each rule's bucket; throws AppError("rate_limited", { retryAfterSeconds }) when one is empty. */
export async function consumeRateLimits(checks: { rule: RateLimitRule; key: string }[]): Promise<void> {
  for (const { rule, key } of checks) {
    const limit = { keyPrefix: `form:${rule.name}`, points: rule.points, durationSeconds: rule.durationSeconds };
    const result = await consume(limit, key.toLowerCase().slice(0, 200));
    if (!result.allowed) {
      const retryAfterSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
      throw new AppError("rate_limited", `rate limit ${rule.name}`, { retryAfterSeconds, rule: rule.name });
    }
  }
}
