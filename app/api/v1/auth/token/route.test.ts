import { decodeJwt } from "jose";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { apiCredentials, type Organization } from "@/db/schema";
import { setApiCredentialStatus } from "@/lib/api/set-api-credential-status";
import { createClient, randomIp, SYSTEM_ACTOR, tokenRequest } from "@/lib/api/testing/api-test-kit";
import { createOrganization } from "@/lib/testing/factories";
import { POST } from "./route";

/** POST /api/v1/auth/token: RFC 6749 client credentials, errors and rate limits. */
describe("token endpoint", () => {
  let org: Organization;
  let client: Awaited<ReturnType<typeof createClient>>;

  beforeAll(async () => {
    org = await createOrganization();
    client = await createClient(org, { scopes: ["employees:read", "sync-runs:write"] });
  });

  const request = (body: Record<string, string> | string, init?: Parameters<typeof tokenRequest>[1]) =>
    POST(tokenRequest(body, { ...init, headers: { "x-forwarded-for": randomIp(), ...init?.headers } }));
  const grant = (extra: Record<string, string> = {}) => ({ grant_type: "client_credentials", client_id: client.credential.clientId, client_secret: client.clientSecret, ...extra });

  async function expectOAuthError(res: Response, status: number, error: string) {
    expect(res.status).toBe(status);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toMatchObject({ error, error_description: expect.any(String) });
  }

  it("issues a signed token carrying organization, client, scopes and version, with an expiry", async () => {
    const res = await request(grant());
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "employees:read sync-runs:write" });
    const claims = decodeJwt(body.access_token);
    expect(claims).toMatchObject({ org: org.id, client: client.credential.id, sub: client.credential.id, scopes: ["employees:read", "sync-runs:write"], ver: 1 });
    expect(claims.exp! - claims.iat!).toBe(3600);
    const [row] = await db.select().from(apiCredentials).where(eq(apiCredentials.id, client.credential.id));
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("accepts JSON bodies and HTTP Basic client authentication", async () => {
    expect((await request(grant(), { json: true })).status).toBe(200);
    const basic = Buffer.from(`${encodeURIComponent(client.credential.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString("base64");
    expect((await request({ grant_type: "client_credentials" }, { headers: { authorization: `Basic ${basic}` } })).status).toBe(200);
  });

  it("grants a requested subset of scopes and refuses others with invalid_scope", async () => {
    const res = await request(grant({ scope: "employees:read" }));
    expect((await res.json()).scope).toBe("employees:read");
    await expectOAuthError(await request(grant({ scope: "employees:read employees:write" })), 400, "invalid_scope");
    await expectOAuthError(await request(grant({ scope: "admin" })), 400, "invalid_scope");
    await expectOAuthError(await request(grant({ scope: " " })), 400, "invalid_scope");
  });

  it("refuses a wrong secret, an unknown client and missing credentials with invalid_client", async () => {
    await expectOAuthError(await request(grant({ client_secret: "mks_wrong" })), 401, "invalid_client");
    await expectOAuthError(await request(grant({ client_id: "mkp_unknown" })), 401, "invalid_client");
    await expectOAuthError(await request({ grant_type: "client_credentials" }), 401, "invalid_client");
    const badBasic = await request({ grant_type: "client_credentials" }, { headers: { authorization: `Basic ${Buffer.from("mkp_x:nope").toString("base64")}` } });
    expect(badBasic.headers.get("www-authenticate")).toMatch(/^Basic/);
    await expectOAuthError(badBasic, 401, "invalid_client");
  });

  it("refuses disabled credentials", async () => {
    const disabled = await createClient(org);
    await setApiCredentialStatus({ organizationId: org.id, credentialId: disabled.credential.id, status: "disabled", actor: SYSTEM_ACTOR });
    await expectOAuthError(
      await request({ grant_type: "client_credentials", client_id: disabled.credential.clientId, client_secret: disabled.clientSecret }),
      401,
      "invalid_client",
    );
  });

  it("answers malformed requests as RFC 6749 says", async () => {
    await expectOAuthError(await request({ client_id: "x", client_secret: "y" }), 400, "invalid_request");
    await expectOAuthError(await request(grant({ grant_type: "password" })), 400, "unsupported_grant_type");
    await expectOAuthError(await request(`${new URLSearchParams(grant())}&scope=a&scope=b`), 400, "invalid_request");
    await expectOAuthError(await request("{not json", { json: true }), 400, "invalid_request");
    await expectOAuthError(await request(JSON.stringify({ ...grant(), client_secret: 5 }), { json: true }), 400, "invalid_request");
    await expectOAuthError(await request(grant(), { headers: { "content-type": "text/plain" } }), 400, "invalid_request");
    const basic = Buffer.from(`${client.credential.clientId}:${client.clientSecret}`).toString("base64");
    await expectOAuthError(await request(grant(), { headers: { authorization: `Basic ${basic}` } }), 400, "invalid_request");
  });
});

describe("token endpoint rate limits (kept in PostgreSQL)", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env.API_TOKEN_RATE_LIMIT_PER_IP = saved.API_TOKEN_RATE_LIMIT_PER_IP;
    process.env.API_TOKEN_RATE_LIMIT_PER_CLIENT = saved.API_TOKEN_RATE_LIMIT_PER_CLIENT;
  });

  it("limits requests per IP address, wrong ones included, with 429, Retry-After and RateLimit headers", async () => {
    process.env.API_TOKEN_RATE_LIMIT_PER_IP = "3";
    const ip = randomIp();
    const send = () => POST(tokenRequest({ grant_type: "client_credentials", client_id: `mkp_${Math.random()}`, client_secret: "x" }, { headers: { "x-forwarded-for": `203.0.113.9, ${ip}` } }));
    const first = await send();
    expect(first.status).toBe(401);
    expect(first.headers.get("ratelimit-policy")).toContain('"token-ip";q=3;w=60');
    expect(first.headers.get("ratelimit")).toMatch(/"token-ip";r=2;t=\d+/);
    await send();
    await send();
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get("ratelimit")).toMatch(/"token-ip";r=0;t=\d+/);
    expect(await limited.json()).toMatchObject({ status: 429, code: "rate_limited" });
    // another address is not affected
    expect((await POST(tokenRequest({ grant_type: "client_credentials", client_id: "mkp_a", client_secret: "x" }, { headers: { "x-forwarded-for": randomIp() } }))).status).toBe(401);
  });

  it("limits requests per client id across addresses, so a secret cannot be guessed from many IPs", async () => {
    process.env.API_TOKEN_RATE_LIMIT_PER_CLIENT = "2";
    const org = await createOrganization();
    const { credential, clientSecret } = await createClient(org);
    const send = (secret: string) => POST(tokenRequest({ grant_type: "client_credentials", client_id: credential.clientId, client_secret: secret }, { headers: { "x-forwarded-for": randomIp() } }));
    expect((await send("wrong")).status).toBe(401);
    expect((await send(clientSecret)).status).toBe(200);
    const limited = await send(clientSecret);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("ratelimit")).toMatch(/"token-client";r=0/);
  });
});
