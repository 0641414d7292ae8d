import { clientAddressFrom } from "@/lib/security/client-address";
import { consume, type RateLimit } from "@/lib/security/rate-limit";

/**
 * Rate limits of the public API, counted by the app's one rate limiter
 * (lib/security/rate-limit.ts). Limits per minute come from the environment and default
 * to generous values for machine clients.
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

function asLimit(policy: RateLimitPolicy): RateLimit {
  return { keyPrefix: `rl:${policy.name}`, points: policy.points, durationSeconds: policy.windowSeconds };
}

export type RateLimitOutcome = { allowed: boolean; headers: Record<string, string> };

function headersFor(policy: RateLimitPolicy, res: { remainingPoints: number; msBeforeNext: number }, allowed: boolean): Record<string, string> {
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
    const res = await consume(asLimit(policy), key);
    return { allowed: res.allowed, headers: headersFor(policy, res, res.allowed) };
  } catch (error) {
    console.error(JSON.stringify({ level: "error", msg: "rate limiter failed", policy: policy.name, err: String(error) }));
    return { allowed: true, headers: {} };
  }
}

/** The caller's address (see lib/security/client-address.ts). */
export function clientIp(request: Request): string {
  return clientAddressFrom((name) => request.headers.get(name));
}
