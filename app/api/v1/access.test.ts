import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { apiCredentials, connections, syncRuns, type ApiCredential, type Employee, type Organization } from "@/db/schema";
import { deleteApiCredential } from "@/lib/api/delete-api-credential";
import { rotateApiCredential } from "@/lib/api/rotate-api-credential";
import { setApiCredentialStatus } from "@/lib/api/set-api-credential-status";
import { call, createClient, createPartnerConnection, forgeToken, getToken, SYSTEM_ACTOR } from "@/lib/api/testing/api-test-kit";
import { updateApiCredential } from "@/lib/api/update-api-credential";
import { API_SCOPES, type ApiScope } from "@/lib/api/scopes";
import { createEmployee, createOrganization } from "@/lib/testing/factories";
import * as connection from "./connections/[id]/route";
import * as connectionsList from "./connections/route";
import * as employee from "./employees/[id]/route";
import * as employeesList from "./employees/route";
import * as integration from "./integrations/[slug]/route";
import * as integrationsList from "./integrations/route";
import * as runItems from "./sync-runs/[id]/items/route";
import * as run from "./sync-runs/[id]/route";
import * as runs from "./sync-runs/route";

/**
 * Every endpoint refuses: no token, a bad or expired token, a token without its scope,
 * disabled, rotated, re-scoped and deleted credentials; and answers 404 for another
 * company's ids.
 */
type Case = {
  name: string;
  handler: (r: Request, c?: { params: Promise<Record<string, string>> }) => Promise<Response>;
  method: string;
  scope: ApiScope;
  path: (ids: Ids) => string;
  params?: (ids: Ids) => Record<string, string>;
  body?: (ids: Ids) => unknown;
  ok: number;
};
type Ids = { employeeId: string; connectionId: string; runId: string; slug: string };

const CASES: Case[] = [
  { name: "GET /employees", handler: employeesList.GET, method: "GET", scope: "employees:read", path: () => "/employees", ok: 200 },
  { name: "GET /employees/{id}", handler: employee.GET, method: "GET", scope: "employees:read", path: (i) => `/employees/${i.employeeId}`, params: (i) => ({ id: i.employeeId }), ok: 200 },
  {
    name: "PATCH /employees/{id}",
    handler: employee.PATCH,
    method: "PATCH",
    scope: "employees:write",
    path: (i) => `/employees/${i.employeeId}`,
    params: (i) => ({ id: i.employeeId }),
    body: () => ({ external_account_id: "acct-1" }),
    ok: 200,
  },
  { name: "GET /integrations", handler: integrationsList.GET, method: "GET", scope: "integrations:read", path: () => "/integrations", ok: 200 },
  { name: "GET /integrations/{slug}", handler: integration.GET, method: "GET", scope: "integrations:read", path: (i) => `/integrations/${i.slug}`, params: (i) => ({ slug: i.slug }), ok: 200 },
  { name: "GET /connections", handler: connectionsList.GET, method: "GET", scope: "connections:read", path: () => "/connections", ok: 200 },
  { name: "GET /connections/{id}", handler: connection.GET, method: "GET", scope: "connections:read", path: (i) => `/connections/${i.connectionId}`, params: (i) => ({ id: i.connectionId }), ok: 200 },
  { name: "GET /sync-runs", handler: runs.GET, method: "GET", scope: "sync-runs:read", path: () => "/sync-runs", ok: 200 },
  {
    name: "POST /sync-runs",
    handler: runs.POST,
    method: "POST",
    scope: "sync-runs:write",
    path: () => "/sync-runs",
    body: (i) => ({ items: [{ employee_id: i.employeeId, operation: "update", status: "succeeded" }] }),
    ok: 201,
  },
  { name: "GET /sync-runs/{id}", handler: run.GET, method: "GET", scope: "sync-runs:read", path: (i) => `/sync-runs/${i.runId}`, params: (i) => ({ id: i.runId }), ok: 200 },
  { name: "GET /sync-runs/{id}/items", handler: runItems.GET, method: "GET", scope: "sync-runs:read", path: (i) => `/sync-runs/${i.runId}/items`, params: (i) => ({ id: i.runId }), ok: 200 },
];

async function companyWithData(): Promise<{ org: Organization; ids: Ids; employee: Employee }> {
  const org = await createOrganization();
  const employee = await createEmployee(org);
  const conn = await createPartnerConnection(org, "connected");
  const [r] = await db.insert(syncRuns).values({ organizationId: org.id, connectionId: conn.id, trigger: "schedule", status: "succeeded" }).returning();
  return { org, employee, ids: { employeeId: employee.id, connectionId: conn.id, runId: r.id, slug: "slack" } };
}

const reload = async (id: string): Promise<ApiCredential> => (await db.select().from(apiCredentials).where(eq(apiCredentials.id, id)))[0];

describe.each(CASES)("$name", (c) => {
  let acme: Awaited<ReturnType<typeof companyWithData>>;
  let globex: Awaited<ReturnType<typeof companyWithData>>;

  beforeAll(async () => {
    acme = await companyWithData();
    globex = await companyWithData();
  });

  // Disabling or rotating a partner credential makes its connection inactive: an admin reactivates it.
  beforeEach(async () => {
    await db.update(connections).set({ status: "connected", inactiveReason: null }).where(eq(connections.id, acme.ids.connectionId));
  });

  /** A fresh partner credential of Acme bound to its connection, with every scope. */
  async function freshClient(scopes: ApiScope[] = [...API_SCOPES]) {
    const { credential, clientSecret } = await createClient(acme.org, { scopes, connectionId: acme.ids.connectionId });
    return { credential, clientSecret, token: await getToken(credential, clientSecret) };
  }

  const send = (token: string | null, ids: Ids = acme.ids, headers?: Record<string, string>) =>
    call(c.handler, { method: c.method, path: c.path(ids), params: c.params?.(ids), body: c.body?.(ids), token, headers });

  const expectProblem = (res: Awaited<ReturnType<typeof send>>, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body).toMatchObject({ status, code, type: `/developers#error-${code}` });
  };

  it("answers a valid token with the scope", async () => {
    const { token } = await freshClient([c.scope]);
    const res = await send(token);
    expect(res.status).toBe(c.ok);
    expect(res.headers.get("ratelimit-policy")).toMatch(/^"client";q=\d+;w=60$/);
  });

  it("refuses no token, a malformed header and a forged token", async () => {
    expectProblem(await send(null), 401, "token_missing");
    expect((await send(null)).headers.get("www-authenticate")).toMatch(/^Bearer/);
    expectProblem(await send("not.a.jwt"), 401, "token_invalid");
    expectProblem(await call(c.handler, { method: c.method, path: c.path(acme.ids), params: c.params?.(acme.ids), headers: { authorization: "Basic abc" } }), 401, "token_invalid");
    const { token } = await freshClient();
    const [h, p, s] = token.split(".");
    expectProblem(await send(`${h}.${p}.${s.slice(0, -2)}${s.endsWith("AA") ? "BB" : "AA"}`), 401, "token_invalid");
  });

  it("refuses an expired token", async () => {
    const { credential } = await freshClient();
    const token = await forgeToken(credential, { now: new Date(Date.now() - 2 * 3600_000), ttlSeconds: 3600 });
    expectProblem(await send(token), 401, "token_expired");
  });

  it("refuses a token without the endpoint's scope", async () => {
    const others = API_SCOPES.filter((s) => s !== c.scope);
    const { token } = await freshClient(others);
    const res = await send(token);
    expectProblem(res, 403, "insufficient_scope");
    expect(res.body.detail).toContain(c.scope);
  });

  it("refuses the token of disabled credentials, and accepts it again once enabled", async () => {
    const { credential, token } = await freshClient();
    await setApiCredentialStatus({ organizationId: acme.org.id, credentialId: credential.id, status: "disabled", actor: SYSTEM_ACTOR });
    expectProblem(await send(token), 401, "credential_disabled");
    const [conn] = await db.select().from(connections).where(eq(connections.id, acme.ids.connectionId));
    expect(conn).toMatchObject({ status: "inactive", inactiveReason: "credentials_revoked" });
    await setApiCredentialStatus({ organizationId: acme.org.id, credentialId: credential.id, status: "active", actor: SYSTEM_ACTOR });
    await db.update(connections).set({ status: "connected", inactiveReason: null }).where(eq(connections.id, acme.ids.connectionId));
    expect((await send(token)).status).toBe(c.ok);
  });

  it("refuses tokens of rotated, re-scoped and deleted credentials", async () => {
    const rotated = await freshClient();
    await rotateApiCredential({ organizationId: acme.org.id, credentialId: rotated.credential.id, actor: SYSTEM_ACTOR });
    expectProblem(await send(rotated.token), 401, "token_revoked");

    const rescoped = await freshClient();
    await updateApiCredential({ organizationId: acme.org.id, credentialId: rescoped.credential.id, name: "x", scopes: [...API_SCOPES].reverse(), employeeFields: null, actor: SYSTEM_ACTOR });
    expect((await reload(rescoped.credential.id)).tokenVersion).toBe(rescoped.credential.tokenVersion); // same set of scopes: no change
    await updateApiCredential({ organizationId: acme.org.id, credentialId: rescoped.credential.id, name: "x", scopes: [c.scope], employeeFields: null, actor: SYSTEM_ACTOR });
    expectProblem(await send(rescoped.token), 401, "token_revoked");

    const deleted = await freshClient();
    await deleteApiCredential({ organizationId: acme.org.id, credentialId: deleted.credential.id, actor: SYSTEM_ACTOR });
    expectProblem(await send(deleted.token), 401, "token_revoked");
  });

  // Resources of a company (the catalog is the same for everyone).
  if (c.params && !c.name.includes("{slug}")) {
    it("answers 404 for another company's ids", async () => {
      // Globex's own credential (no connection: sees the whole company)
      const { credential, clientSecret } = await createClient(globex.org);
      const token = await getToken(credential, clientSecret);
      expect((await send(token, globex.ids)).status).toBe(c.ok);
      expectProblem(await send(token, acme.ids), 404, "not_found");
      expectProblem(await send(token, { ...acme.ids, employeeId: "nope", connectionId: "nope", runId: "nope" }), 404, "not_found");
    });
  }

  // Lists of a company never show another company's rows.
  if (c.method === "GET" && !c.params && c.name !== "GET /integrations") {
    it("lists only the caller's company", async () => {
      const { credential, clientSecret } = await createClient(globex.org);
      const res = await send(await getToken(credential, clientSecret), globex.ids);
      expect(res.status).toBe(200);
      const ids = (res.body.data ?? []).map((row) => row.id);
      expect(ids.length).toBeGreaterThan(0);
      for (const foreign of [acme.ids.employeeId, acme.ids.connectionId, acme.ids.runId]) expect(ids).not.toContain(foreign);
    });
  }
});
