import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents, connections, notifications, syncRuns, type Connection, type Organization } from "@/db/schema";
import { createOrganization } from "@/lib/testing/factories";
import { quarantineIfFailing } from "./quarantine-connection";
import { insertConnection, reload } from "./testing/connection-fixtures";

describe("quarantineIfFailing", () => {
  let org: Organization;
  beforeAll(async () => {
    org = await createOrganization();
  });
  afterEach(() => {
    delete process.env.QUARANTINE_AFTER_FAILURES;
  });

  async function connectionWithRuns(statuses: ("failed" | "succeeded" | "running")[], since = new Date(Date.now() - 3_600_000)): Promise<Connection> {
    const c = await insertConnection(org, "scim-generic", { statusChangedAt: since, nextSyncAt: new Date() });
    // Oldest first; each run a minute after the previous one.
    for (const [i, status] of statuses.entries()) {
      const startedAt = new Date(since.getTime() + (i + 1) * 60_000);
      await db.insert(syncRuns).values({
        organizationId: org.id,
        connectionId: c.id,
        trigger: "schedule",
        status,
        startedAt,
        finishedAt: status === "running" ? null : new Date(startedAt.getTime() + 1000),
        error: status === "failed" ? "503: Service temporarily unavailable" : null,
      });
    }
    return c;
  }

  it("quarantines after five failed runs in a row, stops the schedule and tells the admins", async () => {
    const c = await connectionWithRuns(["succeeded", "failed", "failed", "failed", "failed", "failed"]);
    expect(await quarantineIfFailing({ organizationId: org.id, connectionId: c.id })).toBe(true);
    expect(await reload(c.id)).toMatchObject({ status: "inactive", inactiveReason: "quarantined", nextSyncAt: null });
    const notes = await db.select().from(notifications).where(eq(notifications.connectionId, c.id));
    expect(notes).toEqual([expect.objectContaining({ kind: "connection_quarantined", organizationId: org.id, params: { integration: "SCIM 2.0 (generic)", failures: 5 } })]);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.targetId, c.id), eq(auditEvents.action, "connection.status_changed")));
    expect(event).toMatchObject({ actorType: "system", changes: { status: { from: "connected", to: "inactive" }, reason: "quarantined" } });
    // Once is enough: a second call changes nothing and sends no second notice.
    expect(await quarantineIfFailing({ organizationId: org.id, connectionId: c.id })).toBe(false);
    expect(await db.select().from(notifications).where(eq(notifications.connectionId, c.id))).toHaveLength(1);
  });

  it("does not quarantine after four failures, or when a success is among the last five", async () => {
    const four = await connectionWithRuns(["failed", "failed", "failed", "failed"]);
    expect(await quarantineIfFailing({ organizationId: org.id, connectionId: four.id })).toBe(false);
    const mixed = await connectionWithRuns(["failed", "failed", "succeeded", "failed", "failed", "failed"]);
    expect(await quarantineIfFailing({ organizationId: org.id, connectionId: mixed.id })).toBe(false);
    expect((await reload(mixed.id)).status).toBe("connected");
  });

  it("counts only runs since the connection was (re)connected, and only finished ones", async () => {
    const since = new Date();
    const c = await connectionWithRuns(["failed", "failed", "failed"], new Date(since.getTime() - 3_600_000));
    await db.update(connections).set({ statusChangedAt: new Date(since.getTime() - 3_600_000 + 90_000) }).where(eq(connections.id, c.id));
    process.env.QUARANTINE_AFTER_FAILURES = "2";
    // Runs 2 and 3 started after the reconnect: two failures, threshold 2.
    expect(await quarantineIfFailing({ organizationId: org.id, connectionId: c.id })).toBe(true);
    const running = await connectionWithRuns(["failed", "running"]);
    expect(await quarantineIfFailing({ organizationId: org.id, connectionId: running.id })).toBe(false);
  });

  it("honours QUARANTINE_AFTER_FAILURES and leaves other companies' connections alone", async () => {
    process.env.QUARANTINE_AFTER_FAILURES = "3";
    const c = await connectionWithRuns(["failed", "failed", "failed"]);
    const stranger = await createOrganization();
    expect(await quarantineIfFailing({ organizationId: stranger.id, connectionId: c.id })).toBe(false);
    expect(await quarantineIfFailing({ organizationId: org.id, connectionId: c.id })).toBe(true);
  });
});
