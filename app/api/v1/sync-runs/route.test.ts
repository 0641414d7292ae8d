import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents, connections, syncResults, syncRuns, type Connection, type Employee, type Organization } from "@/db/schema";
import { call, createClient, createPartnerConnection, getToken } from "@/lib/api/testing/api-test-kit";
import { createEmployee, createOrganization } from "@/lib/testing/factories";
import * as items from "./[id]/items/route";
import * as one from "./[id]/route";
import { GET, POST } from "./route";

describe("partner-reported sync runs", () => {
  let org: Organization;
  let people: Employee[];
  let connection: Connection;
  let token: string;
  let credentialId: string;

  beforeAll(async () => {
    org = await createOrganization();
    people = [];
    for (let i = 0; i < 4; i++) people.push(await createEmployee(org));
    connection = await createPartnerConnection(org, "pending");
    const { credential, clientSecret } = await createClient(org, { scopes: ["sync-runs:write", "sync-runs:read"], connectionId: connection.id });
    credentialId = credential.id;
    token = await getToken(credential, clientSecret);
  });

  const report = (body: unknown, t = token) => call(POST, { method: "POST", path: "/sync-runs", body, token: t });
  const statusOf = async () => (await db.select().from(connections).where(eq(connections.id, connection.id)))[0];

  it("the partner's first successful call moves its connection from pending to connected", async () => {
    expect((await statusOf()).status).toBe("pending");
    // a refused call does not count
    expect((await report({ items: "nope" })).status).toBe(422);
    expect((await statusOf()).status).toBe("pending");
    expect((await call(GET, { path: "/sync-runs", token })).status).toBe(200);
    expect((await statusOf()).status).toBe("connected");
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.targetId, connection.id), eq(auditEvents.action, "connection.status_changed")));
    expect(event).toMatchObject({ actorType: "api_client", actorId: credentialId });
  });

  it("records the run and one result per employee, with counts and status as Monitoring shows them", async () => {
    const res = await report({
      started_at: "2025-05-01T10:00:00Z",
      finished_at: "2025-05-01T10:02:00Z",
      items: [
        { employee_id: people[0].id, operation: "provision", status: "succeeded", message: "Account created" },
        { employee_id: people[1].id, operation: "update", status: "succeeded" },
        { employee_id: people[2].id, operation: "update", status: "failed", message: "Mailbox quota", error_code: "quota" },
        { employee_id: people[3].id, status: "skipped" },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/sync-runs/${res.body.id}`);
    expect(res.body).toMatchObject({
      connection_id: connection.id,
      trigger: "partner",
      status: "partially_succeeded",
      started_at: "2025-05-01T10:00:00.000Z",
      finished_at: "2025-05-01T10:02:00.000Z",
      counts: { total: 4, provisioned: 1, updated: 1, deactivated: 0, linked: 0, skipped: 1, failed: 1 },
    });
    const runId = res.body.id as string;
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, runId));
    expect(run).toMatchObject({ organizationId: org.id, connectionId: connection.id, trigger: "partner", reportedByCredentialId: credentialId });
    const rows = await db.select().from(syncResults).where(eq(syncResults.runId, runId));
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.employeeId === people[2].id)).toMatchObject({ status: "failed", operation: "update", message: "Mailbox quota", errorCode: "quota", organizationId: org.id });
    expect(rows.find((r) => r.employeeId === people[3].id)).toMatchObject({ status: "skipped", operation: null, message: "" });
    expect(await statusOf()).toMatchObject({ lastRunStatus: "partially_succeeded", lastSyncAt: new Date("2025-05-01T10:02:00Z") });

    // read back through the API
    const got = await call(one.GET, { path: `/sync-runs/${runId}`, params: { id: runId }, token });
    expect(got.body).toEqual(res.body);
    const failed = await call(items.GET, { path: `/sync-runs/${runId}/items?status=failed`, params: { id: runId }, token });
    expect(failed.body.data).toEqual([expect.objectContaining({ employee_id: people[2].id, status: "failed", error_code: "quota" })]);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call(items.GET, { path: `/sync-runs/${runId}/items?limit=3${cursor ? `&cursor=${cursor}` : ""}`, params: { id: runId }, token });
      paged.push(...page.body.data!.map((r) => r.employee_id as string));
      cursor = page.body.next_cursor as string | null;
    } while (cursor);
    expect(paged).toEqual(people.map((p) => p.id).sort());
  });

  it("marks a run failed when it failed as a whole or every item failed", async () => {
    expect((await report({ error: "Directory unreachable", items: [] })).body).toMatchObject({ status: "failed", error: "Directory unreachable" });
    expect((await report({ items: [{ employee_id: people[0].id, operation: "link", status: "failed" }] })).body.status).toBe("failed");
    expect((await report({ items: [{ employee_id: people[0].id, operation: "deactivate", status: "succeeded" }] })).body).toMatchObject({
      status: "succeeded",
      counts: { deactivated: 1, total: 1 },
    });
  });

  it("lists each invalid item, and refuses another company's employees", async () => {
    const other = await createEmployee(await createOrganization());
    const res = await report({
      finished_at: "2025-05-01T10:00:00Z",
      started_at: "2025-05-01T11:00:00Z",
      items: [
        { employee_id: people[0].id, status: "succeeded" },
        { employee_id: people[0].id, operation: "update", status: "done" },
        { employee_id: "123", operation: "update", status: "succeeded" },
      ],
    });
    expect(res.status).toBe(422);
    expect((res.body.errors as { path: string }[]).map((e) => e.path).sort()).toEqual(["items.0.operation", "items.1.employee_id", "items.1.status", "items.2.employee_id", "started_at"]);
    const foreign = await report({ items: [{ employee_id: people[1].id, operation: "update", status: "succeeded" }, { employee_id: other.id, operation: "update", status: "succeeded" }] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors).toEqual([{ path: "items.1.employee_id", message: expect.any(String) }]);
    expect(await db.select().from(syncResults).where(eq(syncResults.employeeId, other.id))).toHaveLength(0);
  });

  it("needs a credential with a connection (422) that is not inactive (409)", async () => {
    const plain = await createClient(org, { scopes: ["sync-runs:write"] });
    const res = await report({ items: [] }, await getToken(plain.credential, plain.clientSecret));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("connection_required");

    const inactive = await createPartnerConnection(org, "inactive");
    const partner = await createClient(org, { scopes: ["sync-runs:write"], connectionId: inactive.id });
    const refused = await report({ items: [] }, await getToken(partner.credential, partner.clientSecret));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("connection_inactive");

    const gone = await createPartnerConnection(org, "connected");
    await db.update(connections).set({ disconnectedAt: new Date() }).where(eq(connections.id, gone.id));
    const leftover = await createClient(org, { scopes: ["sync-runs:write"], connectionId: gone.id });
    expect((await report({ items: [] }, await getToken(leftover.credential, leftover.clientSecret))).body.code).toBe("connection_inactive");
  });

  it("shows a partner credential only its own connection's runs; an org credential sees all", async () => {
    const otherConnection = await createPartnerConnection(org, "connected");
    const [foreignRun] = await db.insert(syncRuns).values({ organizationId: org.id, connectionId: otherConnection.id, trigger: "schedule", status: "succeeded" }).returning();
    const own = await call(GET, { path: "/sync-runs?limit=200", token });
    expect(own.body.data!.every((r) => r.connection_id === connection.id)).toBe(true);
    expect((await call(one.GET, { path: `/sync-runs/${foreignRun.id}`, params: { id: foreignRun.id }, token })).status).toBe(404);
    const admin = await createClient(org, { scopes: ["sync-runs:read"] });
    const all = await call(GET, { path: `/sync-runs?connection_id=${otherConnection.id}`, token: await getToken(admin.credential, admin.clientSecret) });
    expect(all.body.data!.map((r) => r.id)).toEqual([foreignRun.id]);
  });
});
