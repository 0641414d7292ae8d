import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents, notifications, type Organization, type User } from "@/db/schema";
import { getConnectionOrThrow } from "@/lib/connections/get-connection";
import { insertConnection, redirectOf, reload } from "@/lib/connections/testing/connection-fixtures";
import { stopBoss } from "@/lib/jobs/boss";
import { createOrganization, createUser, HR_ADMIN_RIGHTS, SUPPORT_RIGHTS } from "@/lib/testing/factories";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";
import { signInAs } from "@/lib/testing/session";
import { deactivateAction, disconnectAction, dismissNoticeAction, reactivateAction, syncNowAction } from "./actions";

const TOKEN = "lifecycle-token-2b8e6d0c4a";

describe("the life of a connection: Sync now, Deactivate, Reactivate, Disconnect", () => {
  let peer: ScimPeer;
  let org: Organization;
  let other: Organization;
  let admin: User;
  let support: User;
  let employee: User;
  let otherAdmin: User;

  beforeAll(async () => {
    peer = await startScimServer({ token: TOKEN });
    org = await createOrganization();
    other = await createOrganization();
    admin = await createUser(org, HR_ADMIN_RIGHTS);
    support = await createUser(org, SUPPORT_RIGHTS);
    employee = await createUser(org, []);
    otherAdmin = await createUser(other, HR_ADMIN_RIGHTS);
  });
  afterAll(async () => {
    await peer.stop();
    await stopBoss();
  });

  const connected = () =>
    insertConnection(org, "scim-generic", { settings: { baseUrl: peer.url, scope: { kind: "all" } }, secrets: { token: TOKEN }, nextSyncAt: new Date() });

  it("refuses support staff, an employee and another company for every action, changing nothing", async () => {
    const c = await connected();
    for (const [user, code] of [[support, "forbidden"], [employee, "forbidden"], [otherAdmin, "not_found"]] as const) {
      signInAs(user);
      for (const action of [syncNowAction, deactivateAction, reactivateAction, disconnectAction]) {
        expect(await action({ connectionId: c.id })).toMatchObject({ ok: false, code });
      }
    }
    const row = await reload(c.id);
    expect(row).toMatchObject({ status: "connected", disconnectedAt: null });
    expect(row.encryptedSecrets).not.toBeNull();
  });

  it("queues a manual sync job for the connection, requested by the admin", async () => {
    const c = await connected();
    signInAs(admin);
    expect(await syncNowAction({ connectionId: c.id })).toMatchObject({ ok: true, data: { message: "Sync queued. It starts in a moment." } });
    const jobs = await db.execute<{ data: Record<string, string> }>(
      sql`select data from pgboss.job where name = 'sync-connection' and singleton_key = ${c.id}`,
    );
    expect(jobs.rows).toHaveLength(1);
    expect(jobs.rows[0].data).toMatchObject({ connectionId: c.id, organizationId: org.id, trigger: "manual", requestedByUserId: admin.id });
  });

  it("deactivates (schedule stops) and reactivates after a passing re-test", async () => {
    const c = await connected();
    signInAs(admin);
    expect(await deactivateAction({ connectionId: c.id })).toMatchObject({ ok: true });
    expect(await reload(c.id)).toMatchObject({ status: "inactive", inactiveReason: "deactivated", nextSyncAt: null });
    expect(await syncNowAction({ connectionId: c.id })).toMatchObject({ ok: false, code: "conflict" });
    expect(await reactivateAction({ connectionId: c.id })).toMatchObject({ ok: true, data: { message: "Reactivated: the connection test passed." } });
    const row = await reload(c.id);
    expect(row.status).toBe("connected");
    expect(row.nextSyncAt).not.toBeNull();
  });

  it("stays inactive with the target's error when the re-test fails", async () => {
    const c = await connected();
    signInAs(admin);
    await deactivateAction({ connectionId: c.id });
    peer.setToken("rotated-elsewhere");
    try {
      const result = await reactivateAction({ connectionId: c.id });
      expect(result).toMatchObject({ ok: true, data: { test: { ok: false, message: "401: Invalid or missing bearer token" } } });
      expect((await reload(c.id)).status).toBe("inactive");
    } finally {
      peer.setToken(TOKEN);
    }
  });

  it("disconnects: secrets and schedule gone, history kept, the connection no longer found", async () => {
    const c = await connected();
    signInAs(admin);
    expect(await redirectOf(disconnectAction({ connectionId: c.id }))).toBe("/connections?done=disconnected");
    const row = await reload(c.id);
    expect(row).toMatchObject({ encryptedSecrets: null, nextSyncAt: null, status: "inactive" });
    expect(row.disconnectedAt).not.toBeNull();
    await expect(getConnectionOrThrow({ organizationId: org.id, connectionId: c.id })).rejects.toMatchObject({ code: "not_found" });
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.targetId, c.id)));
    expect(events.map((e) => e.action)).toContain("connection.disconnected");
    expect(JSON.stringify(events)).not.toContain(TOKEN);
  });

  it("dismisses a notice of the own company only", async () => {
    const c = await connected();
    const [notice] = await db
      .insert(notifications)
      .values({ organizationId: org.id, kind: "connection_quarantined", connectionId: c.id, params: { integration: "X", failures: 5 } })
      .returning();
    signInAs(otherAdmin);
    expect(await dismissNoticeAction({ noticeId: notice.id })).toMatchObject({ ok: false, code: "not_found" });
    signInAs(support);
    expect(await dismissNoticeAction({ noticeId: notice.id })).toMatchObject({ ok: false, code: "forbidden" });
    signInAs(admin);
    expect(await dismissNoticeAction({ noticeId: notice.id })).toMatchObject({ ok: true });
    const [row] = await db.select().from(notifications).where(eq(notifications.id, notice.id));
    expect(row.readAt).not.toBeNull();
  });
});
