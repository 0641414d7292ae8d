import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { connections, type SyncRun } from "@/db/schema";
import { quarantineIfFailing } from "@/lib/connections/quarantine-connection";
import { evaluateRunAlerts } from "@/lib/monitoring/alerts";

/**
 * Called once after every sync run ends (finished, failed, or closed after its worker
 * died): counts consecutive failed runs, quarantines a connection that keeps failing,
 * and tells the admins when the runs go from succeeding to failing or recover.
 * Each step is logged and swallowed on error: a run's outcome stands.
 */
export async function onRunFinished(run: SyncRun): Promise<void> {
  await db
    .update(connections)
    .set({ consecutiveFailures: run.status === "failed" ? sql`${connections.consecutiveFailures} + 1` : 0 })
    .where(eq(connections.id, run.connectionId));
  const scope = { organizationId: run.organizationId, connectionId: run.connectionId };
  const steps: [string, () => Promise<unknown>][] = [
    ["alerts", () => evaluateRunAlerts({ ...scope, runId: run.id })],
    ["quarantine", () => quarantineIfFailing(scope)],
  ];
  for (const [name, step] of steps) {
    await step().catch((err) =>
      console.error(JSON.stringify({ level: "error", msg: `after-run ${name} failed`, runId: run.id, err: String(err) })),
    );
  }
}
