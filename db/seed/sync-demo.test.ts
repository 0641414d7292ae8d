import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { connections, employees, integrations, organizations, syncResults, syncRuns } from "@/db/schema";

/** The demo seed (loaded in the test database) ran real syncs against a scimmy sandbox. */
describe("demo: Acme's directory integrations and their sync history", async () => {
  const [acme] = await db.select().from(organizations).where(eq(organizations.slug, "acme"));
  const demo = await db
    .select({ id: connections.id, slug: integrations.slug, status: connections.status, settings: connections.settings, lastRunStatus: connections.lastRunStatus })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(and(eq(connections.organizationId, acme.id), eq(integrations.connectorKind, "scim")));

  it("has two connected SCIM integrations pointing at the sandbox directory", () => {
    expect(demo.map((c) => c.slug).sort()).toEqual(["atlassian", "slack"]);
    for (const c of demo) {
      expect(c.status).toBe("connected");
      expect((c.settings as { baseUrl: string }).baseUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/directories/${c.slug}/scim/v2$`));
    }
  });

  it("shows successful, partially successful and failed runs, each with one result per employee", async () => {
    const runs = await db.select().from(syncRuns).where(eq(syncRuns.organizationId, acme.id)).orderBy(syncRuns.startedAt);
    expect(new Set(runs.map((r) => r.status))).toEqual(new Set(["succeeded", "partially_succeeded", "failed"]));
    expect(runs.every((r) => r.finishedAt && r.finishedAt < new Date() && r.startedAt < r.finishedAt)).toBe(true);
    const [{ n: people }] = await db.select({ n: sql<number>`count(*)::int` }).from(employees).where(eq(employees.organizationId, acme.id));
    for (const run of runs) {
      const [{ rows, distinct }] = await db
        .select({ rows: sql<number>`count(*)::int`, distinct: sql<number>`count(distinct ${syncResults.employeeId})::int` })
        .from(syncResults)
        .where(and(eq(syncResults.organizationId, acme.id), eq(syncResults.runId, run.id)));
      expect([rows, distinct, run.counts.total]).toEqual([people, people, people]);
    }
    const failed = runs.find((r) => r.status === "failed")!;
    expect(failed.error).toBe("The target refused the credentials (401: Invalid or missing bearer token)");
    expect(failed.errorExchange?.response?.status).toBe(401);
  });

  it("records the conflicting accounts, links, deactivations and updates from real requests", async () => {
    const rows = await db
      .select({ operation: syncResults.operation, status: syncResults.status, errorCode: syncResults.errorCode })
      .from(syncResults)
      .where(eq(syncResults.organizationId, acme.id));
    const has = (p: Partial<(typeof rows)[number]>) => rows.some((r) => Object.entries(p).every(([k, v]) => r[k as keyof typeof r] === v));
    expect(has({ errorCode: "scim.duplicate_accounts", status: "failed" })).toBe(true);
    expect(has({ errorCode: "scim.account_conflict", status: "failed" })).toBe(true);
    for (const operation of ["provision", "link", "update", "deactivate"] as const) expect(has({ operation, status: "succeeded" })).toBe(true);
  });
});
