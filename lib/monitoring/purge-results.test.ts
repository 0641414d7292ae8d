import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { syncResults, syncRuns } from "@/db/schema";
import { createEmployee, createOrganization } from "@/lib/testing/factories";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { purgeResults, retentionDays } from "./purge-results";
import { PURGE_RESULTS_CRON, registerPurgeResults } from "./register-purge-results";
import { createConnection, createResults, createRun } from "./testing/fixtures";

describe("purgeResults", () => {
  it("deletes result rows older than the period in batches and keeps the run summaries", async () => {
    const org = await createOrganization();
    const employee = await createEmployee(org);
    const connection = await createConnection(org.id);
    const now = new Date("2000-01-01T00:00:00Z"); // long ago: no other test file writes rows older than this cutoff
    const day = 24 * 60 * 60 * 1000;
    const oldRun = await createRun(connection, { startedAt: new Date(now.getTime() - 100 * day) });
    const newRun = await createRun(connection, { startedAt: new Date(now.getTime() - 10 * day) });
    const old = await createResults(
      oldRun,
      Array.from({ length: 5 }, (_, i) => ({ employeeId: employee.id, status: "succeeded" as const, createdAt: new Date(now.getTime() - (91 + i) * day) })),
    );
    const kept = await createResults(newRun, [
      { employeeId: employee.id, status: "failed" as const, createdAt: new Date(now.getTime() - 89 * day) },
      { employeeId: employee.id, status: "succeeded" as const, createdAt: new Date(now.getTime() - 1 * day) },
    ]);
    const ids = [...old, ...kept].map((r) => r.id);

    const { deleted } = await purgeResults({ now, olderThanDays: 90, batchSize: 2 });
    expect(deleted).toBe(5);
    const left = await db.select({ id: syncResults.id }).from(syncResults).where(inArray(syncResults.id, ids));
    expect(left.map((r) => r.id).sort()).toEqual(kept.map((r) => r.id).sort());
    expect(await db.select({ id: syncRuns.id }).from(syncRuns).where(eq(syncRuns.id, oldRun.id))).toHaveLength(1);
  });

  it("reads the period from RESULT_RETENTION_DAYS, defaulting to 90", () => {
    expect(retentionDays({})).toBe(90);
    expect(retentionDays({ RESULT_RETENTION_DAYS: "30" })).toBe(30);
    expect(retentionDays({ RESULT_RETENTION_DAYS: "0" })).toBe(90);
    expect(retentionDays({ RESULT_RETENTION_DAYS: "ten" })).toBe(90);
  });

  it("is scheduled daily on the purge-results queue when the worker registers it", async () => {
    const boss = await getBoss();
    try {
      await registerPurgeResults(boss);
      const rows = await db.execute<{ name: string; cron: string }>(sql`select name, cron from pgboss.schedule where name = 'purge-results'`);
      expect(rows.rows).toEqual([{ name: "purge-results", cron: PURGE_RESULTS_CRON }]);
    } finally {
      await boss.offWork("purge-results");
      await stopBoss();
    }
  });
});
