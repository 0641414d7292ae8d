import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { connections, integrations, type Organization } from "@/db/schema";
import { POST as tokenRoute } from "@/app/api/v1/auth/token/route";
import { createApiCredential } from "../create-api-credential";
import { signAccessToken } from "../access-token";
import type { ApiScope } from "../scopes";
import { API_SCOPES } from "../scopes";

/**
 * Helpers for tests of the public API: route handlers are called directly with a real
 * Request against the real database. Each test process uses its own client IP so the
 * token endpoint's per-IP limit (shared in PostgreSQL) never couples parallel files.
 */
export const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
export const TEST_IP = randomIp();
export const BASE = "http://marketplace.test";

export const SYSTEM_ACTOR = { type: "system", label: "test" } as const;

export async function createClient(
  org: Organization,
  options: { scopes?: ApiScope[]; employeeFields?: string[] | null; connectionId?: string | null; name?: string } = {},
) {
  return createApiCredential({
    organizationId: org.id,
    name: options.name ?? "Test client",
    scopes: options.scopes ?? [...API_SCOPES],
    employeeFields: options.employeeFields ?? null,
    connectionId: options.connectionId ?? null,
    actor: SYSTEM_ACTOR,
  });
}

export function tokenRequest(body: Record<string, string> | string, init: { headers?: Record<string, string>; json?: boolean } = {}): Request {
  const json = init.json ?? false;
  return new Request(`${BASE}/api/v1/auth/token`, {
    method: "POST",
    headers: { "content-type": json ? "application/json" : "application/x-www-form-urlencoded", "x-forwarded-for": TEST_IP, ...init.headers },
    body: typeof body === "string" ? body : json ? JSON.stringify(body) : new URLSearchParams(body).toString(),
  });
}

/** A real token from the token endpoint. */
export async function getToken(credential: { clientId: string }, clientSecret: string, scope?: string): Promise<string> {
  const res = await tokenRoute(
    tokenRequest(
      { grant_type: "client_credentials", client_id: credential.clientId, client_secret: clientSecret, ...(scope ? { scope } : {}) },
      { headers: { "x-forwarded-for": randomIp() } },
    ),
  );
  if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** A token signed as the token endpoint would, e.g. already expired. */
export function forgeToken(credential: { id: string; organizationId: string; tokenVersion: number; scopes: string[] }, options: { now?: Date; ttlSeconds?: number } = {}) {
  return signAccessToken(
    { organizationId: credential.organizationId, credentialId: credential.id, scopes: credential.scopes as ApiScope[], tokenVersion: credential.tokenVersion },
    options,
  );
}

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function call(
  handler: Handler,
  options: { path: string; method?: string; token?: string | null; body?: unknown; params?: Record<string, string>; headers?: Record<string, string> },
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> & { data?: Record<string, unknown>[] } }> {
  const headers: Record<string, string> = { "x-forwarded-for": TEST_IP, ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] ??= "application/json";
  const request = new Request(`${BASE}/api/v1${options.path}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
  });
  const res = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
}

/** A partner integration's connection, pending until the partner's first API call. */
export async function createPartnerConnection(org: Organization, status: "pending" | "connected" | "inactive" = "pending") {
  const [integration] = await db.select({ id: integrations.id }).from(integrations).where(eq(integrations.connectorKind, "partner")).limit(1);
  if (!integration) throw new Error("the test database has no partner integration (is the catalog seeded?)");
  const [connection] = await db.insert(connections).values({ organizationId: org.id, integrationId: integration.id, status }).returning();
  return connection;
}
