import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { connections, employees, syncResults, syncRuns } from "@/db/schema";
import { stopBoss } from "@/lib/jobs/boss";
import { DEFAULT_SCIM_MAPPING } from "@/lib/connections/settings";
import { tryLockConnection } from "@/lib/sync/engine/connection-lock";
import { recoverInterruptedRuns } from "@/lib/sync/engine/recover-runs";
import { enqueueSync, type SyncJobData } from "@/lib/sync/enqueue-sync";
import { EMPLOYEE_CHANGE_DELAY_SECONDS, notifyEmployeeChanged } from "@/lib/sync/notify-employee-changed";
import { enqueueDueSyncs } from "@/lib/sync/schedule-due-syncs";
import { createSyncFixture, resultsOf, somePeople } from "@/lib/sync/testing/sync-fixtures";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";
import { handleSyncJob } from "./handle-sync-job";

type WaitingJob = { id: string; data: SyncJobData; startsInSeconds: number };

async function waitingJobs(connectionId: string): Promise<WaitingJob[]> {
  const { rows } = await db.execute<{ id: string; data: SyncJobData; starts: string }>(sql`
    select id, data, extract(epoch from start_after - now()) as starts from pgboss.job
    where name = 'sync-connection' and singleton_key = ${connectionId} and state = 'created'`);
  return rows.map((r) => ({ id: r.id, data: r.data, startsInSeconds: Number(r.starts) }));
}

let peer: ScimPeer;
beforeAll(async () => {
  peer = await startScimServer({ token: "jobs-token" });
});
afterAll(async () => {
  await peer.stop();
  await stopBoss();
});

const scimFixture = (count = 3, settings: Record<string, unknown> = {}) =>
  createSyncFixture({ integrationSlug: "scim-generic", settings: { baseUrl: peer.url, mapping: DEFAULT_SCIM_MAPPING, ...settings }, secrets: { token: "jobs-token" }, employees: somePeople(count) });

describe("queueing syncs", () => {
  it("keeps one waiting job per connection: a second Sync now folds into it", async () => {
    const { org, connectionId } = await scimFixture();
    const first = await enqueueSync({ organizationId: org.id, connectionId, trigger: "schedule" });
    const second = await enqueueSync({ organizationId: org.id, connectionId, trigger: "manual", requestedByUserId: "7b1d3c8e-0000-4000-8000-000000000001" });
    expect(first.queued).toBe(true);
    expect(second).toEqual({ queued: false, jobId: null });
    const jobs = await waitingJobs(connectionId);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ id: first.jobId, data: { trigger: "manual", requestedByUserId: "7b1d3c8e-0000-4000-8000-000000000001" } });
  });

  it("an employee change syncs those employees within a minute; later changes join the waiting sync", async () => {
    const { org, connectionId, people } = await scimFixture(4);
    const quiet = await scimFixture(1, { syncOnEmployeeChange: false });
    await db.update(connections).set({ organizationId: org.id }).where(eq(connections.id, quiet.connectionId));

    expect(await notifyEmployeeChanged({ organizationId: org.id, employeeIds: [people[0].id] })).toEqual({ connections: 1 });
    const [job] = await waitingJobs(connectionId);
    expect(job.data).toMatchObject({ trigger: "employee_change", employeeIds: [people[0].id] });
    expect(job.startsInSeconds).toBeGreaterThan(EMPLOYEE_CHANGE_DELAY_SECONDS - 10);
    expect(job.startsInSeconds).toBeLessThanOrEqual(60);

    await notifyEmployeeChanged({ organizationId: org.id, employeeIds: [people[1].id, people[0].id] });
    const jobs = await waitingJobs(connectionId);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].startsInSeconds).toBeLessThanOrEqual(job.startsInSeconds);
    expect(jobs[0].data.employeeIds?.sort()).toEqual([people[0].id, people[1].id].sort());
    expect(await waitingJobs(quiet.connectionId)).toHaveLength(0);

    // the job runs (as a worker would): only the changed employees, one result each
    const output = await handleSyncJob(jobs[0]);
    expect(output).toMatchObject({ status: "ran", runStatus: "succeeded" });
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, output.runId!));
    expect(run).toMatchObject({ trigger: "employee_change", jobId: jobs[0].id });
    expect((await resultsOf(run.id)).map((r) => r.employeeId).sort()).toEqual([people[0].id, people[1].id].sort());
  });

  it("queues due connections once and plans their next sync", async () => {
    const { org, connectionId } = await scimFixture(1);
    const due = new Date(Date.now() - 60_000);
    await db.update(connections).set({ nextSyncAt: due, schedule: { kind: "interval", minutes: 60 } }).where(eq(connections.id, connectionId));
    const now = new Date();
    expect(await enqueueDueSyncs({ now, organizationId: org.id })).toBe(1);
    expect(await enqueueDueSyncs({ now, organizationId: org.id })).toBe(0);
    const [after] = await db.select().from(connections).where(eq(connections.id, connectionId));
    expect(after.nextSyncAt?.getTime()).toBe(now.getTime() + 60 * 60_000);
    expect((await waitingJobs(connectionId))[0].data.trigger).toBe("schedule");
  });

  it("gives a new connection its first sync, but only plans the next one after a Sync now", async () => {
    const fresh = await scimFixture(1);
    expect(await enqueueDueSyncs({ organizationId: fresh.org.id })).toBe(1);
    const synced = await scimFixture(1);
    await db.insert(syncRuns).values({ organizationId: synced.org.id, connectionId: synced.connectionId, trigger: "manual", status: "succeeded" });
    expect(await enqueueDueSyncs({ organizationId: synced.org.id })).toBe(0);
    const [planned] = await db.select().from(connections).where(eq(connections.id, synced.connectionId));
    expect(planned.nextSyncAt!.getTime()).toBeGreaterThan(Date.now() + 25 * 60_000);
    expect(await waitingJobs(synced.connectionId)).toHaveLength(0);
  });

  it("a job whose connection is syncing on another worker waits and comes back", async () => {
    const { org, connectionId } = await scimFixture(1);
    const lock = await tryLockConnection(connectionId);
    const output = await handleSyncJob({ id: crypto.randomUUID(), data: { organizationId: org.id, connectionId, trigger: "manual" } });
    await lock!.release();
    expect(output).toEqual({ status: "busy" });
    expect(await db.select().from(syncRuns).where(eq(syncRuns.connectionId, connectionId))).toHaveLength(0);
    const [job] = await waitingJobs(connectionId);
    expect(job.data.trigger).toBe("manual");
    expect(job.startsInSeconds).toBeGreaterThan(5);
  });
});

describe("recovering runs whose worker died", () => {
  it("closes a running run nobody holds: failed, one result per employee, counts recounted", async () => {
    const { org, connectionId, people } = await scimFixture(3);
    const [run] = await db.insert(syncRuns).values({ organizationId: org.id, connectionId, trigger: "schedule", jobId: crypto.randomUUID() }).returning();
    await db.insert(syncResults).values({ organizationId: org.id, runId: run.id, connectionId, employeeId: people[0].id, operation: "provision", status: "succeeded", message: "Created" });
    expect(await recoverInterruptedRuns({ organizationId: org.id })).toBe(1);
    const [closed] = await db.select().from(syncRuns).where(eq(syncRuns.id, run.id));
    expect(closed).toMatchObject({ status: "failed", counts: { total: 3, provisioned: 1, failed: 2 } });
    expect(closed.error).toMatch(/^The worker running this sync stopped unexpectedly; the outcome of 2 employees was not recorded/);
    const results = await resultsOf(run.id);
    expect(results.map((r) => r.employeeId).sort()).toEqual(people.map((p) => p.id).sort());
    expect(results.filter((r) => r.errorCode === "run.interrupted")).toHaveLength(2);
    const [connection] = await db.select().from(connections).where(eq(connections.id, connectionId));
    expect(connection).toMatchObject({ lastRunStatus: "failed", consecutiveFailures: 1 });
  });

  it("leaves a run alone while its worker holds the connection", async () => {
    const { org, connectionId } = await scimFixture(1);
    const [run] = await db.insert(syncRuns).values({ organizationId: org.id, connectionId, trigger: "schedule", jobId: crypto.randomUUID() }).returning();
    const lock = await tryLockConnection(connectionId);
    expect(await recoverInterruptedRuns({ organizationId: org.id })).toBe(0);
    await lock!.release();
    const [still] = await db.select().from(syncRuns).where(eq(syncRuns.id, run.id));
    expect(still.status).toBe("running");
    expect(await db.select().from(employees).where(eq(employees.organizationId, org.id))).toHaveLength(1);
  });
});
