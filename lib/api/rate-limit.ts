import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getPool } from "@/db";

/**
 * Rate limits of the public API, kept in PostgreSQL (table rate_limits, created by a
 * migration) so every web process shares them. Limits per minute come from the
 * environment and default to generous values for machine clients.
 */
export type RateLimitPolicy = { name: string; points: number; windowSeconds: number };

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const policies = {
  /** API calls per credential */
  client: (): RateLimitPolicy => ({ name: "client", points: envInt("API_RATE_LIMIT_PER_MINUTE", 600), windowSeconds: 60 }),
  /** token requests per client id (also counts wrong secrets) */
  tokenClient: (): RateLimitPolicy => ({ name: "token-client", points: envInt("API_TOKEN_RATE_LIMIT_PER_CLIENT", 20), windowSeconds: 60 }),
  /** token requests per IP address */
  tokenIp: (): RateLimitPolicy => ({ name: "token-ip", points: envInt("API_TOKEN_RATE_LIMIT_PER_IP", 60), windowSeconds: 60 }),
};

const globalForLimiters = globalThis as unknown as { marketplaceRateLimiters?: Map<string, RateLimiterPostgres> };

function limiterFor(policy: RateLimitPolicy): RateLimiterPostgres {
  const cache = (globalForLimiters.marketplaceRateLimiters ??= new Map());
  const id = `${policy.name}:${policy.points}:${policy.windowSeconds}`;
  let limiter = cache.get(id);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: getPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: `rl:${policy.name}`,
      points: policy.points,
      duration: policy.windowSeconds,
    });
    cache.set(id, limiter);
  }
  return limiter;
}

export type RateLimitOutcome = { allowed: boolean; headers: Record<string, string> };

/** Keys stay short and free of what a client sent verbatim (IP headers can hold anything). */
function safeKey(key: string): string {
  return /^[\w.:-]{1,100}$/.test(key) ? key : createHash("sha256").update(key).digest("hex");
}

function headersFor(policy: RateLimitPolicy, res: RateLimiterRes, allowed: boolean): Record<string, string> {
  const reset = Math.max(0, Math.ceil(res.msBeforeNext / 1000));
  const headers: Record<string, string> = {
    "ratelimit-policy": `"${policy.name}";q=${policy.points};w=${policy.windowSeconds}`,
    ratelimit: `"${policy.name}";r=${Math.max(0, res.remainingPoints)};t=${reset}`,
  };
  if (!allowed) headers["retry-after"] = String(Math.max(1, reset));
  return headers;
}

/**
 * Takes one point for `key` under `policy`. When the store itself fails (database
 * trouble) the request is let through and the failure logged: a broken limiter must
 * not take the API down with it.
 */
export async function consumeRateLimit(policy: RateLimitPolicy, key: string): Promise<RateLimitOutcome> {
  try {
    const res = await limiterFor(policy).consume(safeKey(key));
    return { allowed: true, headers: headersFor(policy, res, true) };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, headers: headersFor(policy, error, false) };
    console.error(JSON.stringify({ level: "error", msg: "rate limiter failed", policy: policy.name, err: String(error) }));
    return { allowed: true, headers: {} };
  }
}

/** The caller's address: the last X-Forwarded-For entry, which the nearest proxy (or Next.js itself) sets. */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  return last || request.headers.get("x-real-ip")?.trim() || "unknown";
}
