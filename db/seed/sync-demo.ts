import { and, asc, eq, sql } from "drizzle-orm";
import { DEFAULT_SCIM_MAPPING } from "../../lib/connections/settings";
import { sealSecrets } from "../../lib/crypto/secrets";
import { runSync } from "../../lib/sync/run-sync";
import { SANDBOX_TOKEN, sandboxDirectoryUrl, sandboxPort, startSandboxScim, type SandboxDirectory } from "../../lib/testing/sandbox-scim";
import { connections, employees, syncRuns, syncResults, users } from "../schema";
import type { SeedContext } from "./extras";
import { prepareSandbox } from "./sync-demo-sandbox";

const DAY = 86_400_000;

type Step = { connection: "slack" | "atlassian"; daysAgo: number; hour: number; trigger: "manual" | "schedule"; before?: () => Promise<void>; after?: () => Promise<void> };

/**
 * The demo company's two directory integrations (Slack and Atlassian, both pointed at
 * the sandbox SCIM directory) with a history of real runs: the engine syncs against a
 * scimmy server (the running sandbox under `npm start`, else a temporary one), then
 * each run is dated back to its place in the history. Conflicting accounts prepared in
 * the Slack directory make some runs partially successful; a revoked token fails one.
 */
export async function seedSyncDemo(ctx: SeedContext): Promise<void> {
  const organizationId = ctx.orgIds.get("acme");
  if (!organizationId || !ctx.integrationIds.has("slack") || !ctx.integrationIds.has("atlassian")) return;
  const live = process.env.SANDBOX_SCIM_URL;
  const temporary = live ? null : await startSandboxScim({ port: 0 });
  const origin = live ?? temporary!.origin;
  try {
    const people = await ctx.db.select().from(employees).where(eq(employees.organizationId, organizationId)).orderBy(asc(employees.employeeNumber));
    await prepareSandbox(origin, people);
    const [admin] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, "admin@acme.test"));
    const create = async (directory: SandboxDirectory, slug: string, scope: Record<string, unknown>, daysAgo: number) => {
      const at = new Date(Date.now() - daysAgo * DAY);
      const [row] = await ctx.db
        .insert(connections)
        .values({
          organizationId,
          integrationId: ctx.integrationIds.get(slug)!,
          status: "connected",
          // The sandbox is not Slack's API: its budget overrides the catalog preset's documented limit.
          settings: { baseUrl: sandboxDirectoryUrl(origin, directory), scope, mapping: DEFAULT_SCIM_MAPPING, leaverPolicy: "deactivate_on_last_day", syncOnEmployeeChange: true, requestsPerSecond: 200 },
          encryptedSecrets: sealSecrets({ token: SANDBOX_TOKEN }),
          schedule: { kind: "interval", minutes: 30 },
          createdById: admin?.id ?? null,
          createdAt: at,
          updatedAt: at,
          statusChangedAt: at,
        })
        .returning({ id: connections.id });
      return row.id;
    };
    const ids = {
      slack: await create("slack", "slack", { kind: "all" }, 15),
      atlassian: await create("atlassian", "atlassian", { kind: "filter", departments: ["Engineering", "Product"], offices: [], employmentTypes: [] }, 14),
    };
    const setToken = (token: string) => async () => void (await ctx.db.update(connections).set({ encryptedSecrets: sealSecrets({ token }) }).where(eq(connections.id, ids.slack)));
    const promote = async () => {
      const engineers = people.slice(22).filter((p) => p.department === "Engineering").slice(0, 2);
      const titles = ["Senior Software Engineer", "Engineering Manager"];
      for (const [i, p] of engineers.entries()) await ctx.db.update(employees).set({ position: titles[i], updatedAt: new Date() }).where(eq(employees.id, p.id));
    };
    const steps: Step[] = [
      { connection: "slack", daysAgo: 14, hour: 9, trigger: "manual" },
      { connection: "atlassian", daysAgo: 13, hour: 10, trigger: "manual" },
      { connection: "slack", daysAgo: 9, hour: 7, trigger: "schedule" },
      // The Slack token was revoked in the target: a failed run with the 401.
      { connection: "slack", daysAgo: 5, hour: 7, trigger: "schedule", before: setToken("xoxp-revoked-demo-token"), after: setToken(SANDBOX_TOKEN) },
      { connection: "slack", daysAgo: 4, hour: 11, trigger: "manual", before: promote },
      { connection: "atlassian", daysAgo: 4, hour: 11, trigger: "schedule" },
      { connection: "slack", daysAgo: 1, hour: 6, trigger: "schedule" },
      { connection: "atlassian", daysAgo: 1, hour: 6, trigger: "schedule" },
    ];
    for (const step of steps) await runStep(ctx, organizationId, ids[step.connection], step);
    await finishConnections(ctx, Object.values(ids), origin, live !== undefined);
  } finally {
    await temporary?.stop();
  }
}

async function runStep(ctx: SeedContext, organizationId: string, connectionId: string, step: Step): Promise<void> {
  const at = new Date(Date.now() - step.daysAgo * DAY);
  at.setUTCHours(step.hour, 0, 0, 0);
  await step.before?.();
  const result = await runSync({ organizationId, connectionId, trigger: step.trigger, today: at.toISOString().slice(0, 10) });
  await step.after?.();
  if (result.status !== "ran") throw new Error(`demo sync did not run: ${result.status}`);
  const run = result.run;
  // Dated back to its place in the history; results keep their offsets within the run.
  const shift = sql`(${at.toISOString()}::timestamptz - ${run.startedAt.toISOString()}::timestamptz)`;
  await ctx.db.update(syncResults).set({ createdAt: sql`${syncResults.createdAt} + ${shift}` }).where(and(eq(syncResults.organizationId, organizationId), eq(syncResults.runId, run.id)));
  await ctx.db
    .update(syncRuns)
    .set({ startedAt: sql`${syncRuns.startedAt} + ${shift}`, finishedAt: sql`${syncRuns.finishedAt} + ${shift}`, createdAt: sql`${syncRuns.createdAt} + ${shift}` })
    .where(eq(syncRuns.id, run.id));
}

/** Last sync from the dated history; the next one soon when the sandbox runs, else later (test databases). */
async function finishConnections(ctx: SeedContext, ids: string[], origin: string, live: boolean): Promise<void> {
  for (const id of ids) {
    const [last] = await ctx.db.select().from(syncRuns).where(eq(syncRuns.connectionId, id)).orderBy(sql`${syncRuns.startedAt} desc`).limit(1);
    const [connection] = await ctx.db.select().from(connections).where(eq(connections.id, id));
    const settings = connection.settings as { baseUrl: string };
    const canonical = settings.baseUrl.replace(origin, `http://127.0.0.1:${sandboxPort()}`);
    await ctx.db
      .update(connections)
      .set({
        settings: { ...connection.settings, baseUrl: canonical },
        lastSyncAt: last.finishedAt,
        lastRunStatus: last.status,
        nextSyncAt: live ? new Date(last.finishedAt!.getTime() + 30 * 60_000) : new Date(Date.now() + 12 * 3600_000),
      })
      .where(eq(connections.id, id));
  }
}

