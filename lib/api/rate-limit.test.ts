import { afterEach, describe, expect, it } from "vitest";
import * as employees from "@/app/api/v1/employees/route";
import { createOrganization } from "@/lib/testing/factories";
import { consumeRateLimit, policies } from "./rate-limit";
import { call, createClient, getToken } from "./testing/api-test-kit";

describe("API rate limit per client", () => {
  afterEach(() => {
    delete process.env.API_RATE_LIMIT_PER_MINUTE;
  });

  it("answers 429 with Retry-After and RateLimit headers once a credential used its quota, other credentials unaffected", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    const org = await createOrganization();
    const a = await createClient(org, { scopes: ["employees:read"] });
    const b = await createClient(org, { scopes: ["employees:read"] });
    const tokenA = await getToken(a.credential, a.clientSecret);
    const first = await call(employees.GET, { path: "/employees", token: tokenA });
    expect(first.headers.get("ratelimit-policy")).toBe('"client";q=3;w=60');
    expect(first.headers.get("ratelimit")).toMatch(/^"client";r=2;t=\d+$/);
    await call(employees.GET, { path: "/employees", token: tokenA });
    await call(employees.GET, { path: "/employees", token: tokenA });
    const limited = await call(employees.GET, { path: "/employees", token: tokenA });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: "rate_limited", status: 429 });
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get("ratelimit")).toMatch(/^"client";r=0;t=\d+$/);
    expect((await call(employees.GET, { path: "/employees", token: await getToken(b.credential, b.clientSecret) })).status).toBe(200);
  });

  it("counts in PostgreSQL, so separate limiter instances (processes) share one budget", async () => {
    const policy = { name: "shared-test", points: 2, windowSeconds: 60 };
    const key = `k-${Math.random()}`;
    expect((await consumeRateLimit(policy, key)).allowed).toBe(true);
    // a different points value builds a second limiter object over the same table and key prefix
    expect((await consumeRateLimit({ ...policy, points: 3 }, key)).allowed).toBe(true);
    expect((await consumeRateLimit(policy, key)).allowed).toBe(false);
    expect(policies.client().points).toBe(600);
  });
});
