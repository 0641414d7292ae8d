import { and, eq, isNotNull, ne } from "drizzle-orm";
import { db } from "@/db";
import { syncRuns, type SyncRun } from "@/db/schema";
import { getBoss } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { withConnectionLockIfFree } from "./connection-lock";
import { countRunResults, fillMissingResults } from "./fill-missing-results";
import { finishRun } from "./finish-run";

/** The employees a run was limited to, from its job (retries and employee changes), or null for all. */
async function runEmployeeIds(run: SyncRun): Promise<string[] | null> {
  if (!run.jobId) return null;
  try {
    const job = await (await getBoss()).getJobById<{ employeeIds?: string[] }>(QUEUES.syncConnection, run.jobId, { includeArchive: true });
    return job?.data?.employeeIds ?? null;
  } catch {
    return null;
  }
}

/**
 * Closes a run whose worker died: every employee without a result gets a failed
 * "outcome not recorded" row (the worker may have changed the target before dying; the
 * next run matches what exists there instead of creating it again), the counts are recounted from the rows, the run fails, and its
 * job is failed so the queue does not wait for it to expire.
 * The caller must hold the connection's lock (so the run cannot be alive).
 */
export async function closeInterruptedRun(run: SyncRun): Promise<void> {
  const filled = await fillMissingResults(run, {
    employeeIds: await runEmployeeIds(run),
    message: "Outcome not recorded: the worker running this sync stopped before it recorded this employee (a change may already have reached the target); the next run checks the target and completes it",
    errorCode: "run.interrupted",
  });
  const counts = await countRunResults(run);
  await finishRun(run, {
    counts,
    error: { message: `The worker running this sync stopped unexpectedly; the outcome of ${filled} employees was not recorded. The next run checks the target and completes them.`, exchange: null },
  });
  if (run.jobId) {
    await (await getBoss()).fail(QUEUES.syncConnection, run.jobId, { reason: "worker stopped during the run" }).catch(() => {});
  }
  console.log(JSON.stringify({ level: "warn", msg: "closed interrupted sync run", runId: run.id, connectionId: run.connectionId, notSynced: filled }));
}

/**
 * Runs of this engine still marked running: of one connection (the caller holds its
 * lock), or all that a worker started from a job. Partner-reported runs are never
 * touched: partners close their own runs through the API.
 */
export async function runningRuns(connectionId?: string, organizationId?: string): Promise<SyncRun[]> {
  return db
    .select()
    .from(syncRuns)
    .where(
      and(
        eq(syncRuns.status, "running"),
        ne(syncRuns.trigger, "partner"),
        connectionId ? eq(syncRuns.connectionId, connectionId) : isNotNull(syncRuns.jobId),
        organizationId ? eq(syncRuns.organizationId, organizationId) : undefined,
      ),
    );
}

/**
 * Finds runs left "running" by a worker that died (no one holds their connection's
 * lock) and closes them. Runs at worker start and every few minutes.
 */
export async function recoverInterruptedRuns(options: { organizationId?: string } = {}): Promise<number> {
  const byConnection = new Map<string, SyncRun[]>();
  for (const run of await runningRuns(undefined, options.organizationId)) byConnection.set(run.connectionId, [...(byConnection.get(run.connectionId) ?? []), run]);
  let closed = 0;
  for (const [connectionId, runs] of byConnection) {
    await withConnectionLockIfFree(connectionId, async () => {
      // Re-read under the lock: a run that finished meanwhile is not touched.
      for (const run of await runningRuns(connectionId)) {
        if (!runs.some((r) => r.id === run.id)) continue;
        await closeInterruptedRun(run);
        closed += 1;
      }
    });
  }
  return closed;
}
