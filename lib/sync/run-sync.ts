import { eq } from "drizzle-orm";
import { db } from "@/db";
import { connections, syncRuns, type SyncRun } from "@/db/schema";
import { createConnector, type ConnectorTuning } from "./connectors/create-connector";
import { tryLockConnection } from "./engine/connection-lock";
import { todayUtc } from "./engine/employee-state";
import { executeRun } from "./engine/execute-run";
import { countRunResults, fillMissingResults } from "./engine/fill-missing-results";
import { finishRun } from "./engine/finish-run";
import { loadSyncTarget, type SyncTarget } from "./engine/load-sync-target";
import { AppError } from "@/lib/errors";
import { closeInterruptedRun, runningRuns } from "./engine/recover-runs";
import { ResultWriter } from "./engine/result-writer";
import { ConnectionError } from "./engine/sync-errors";
import { DEFAULT_REQUEST_TIMEOUT_MS } from "./engine/target-client";
import type { SyncTrigger } from "./enqueue-sync";

export type SyncTuning = Partial<ConnectorTuning> & { batchSize?: number; flushSize?: number; flushMs?: number };

export type RunSyncResult = { status: "ran"; run: SyncRun } | { status: "busy" } | { status: "not_runnable"; reason: string };

const DEFAULT_CONCURRENCY = Number(process.env.SYNC_CONCURRENCY ?? 8);
const REQUEST_TIMEOUT_MS = Number(process.env.SYNC_REQUEST_TIMEOUT_MS ?? DEFAULT_REQUEST_TIMEOUT_MS);

/**
 * One sync run of one connection: locks the connection (one running sync per
 * connection across all workers), closes runs a dead worker left behind, then plans
 * and executes every employee, one result row each, and closes the run.
 */
export async function runSync(options: {
  organizationId: string;
  connectionId: string;
  trigger: SyncTrigger;
  retryOfRunId?: string;
  employeeIds?: string[];
  jobId?: string;
  /** the day leaver rules are evaluated against (tests) */
  today?: string;
  tuning?: SyncTuning;
}): Promise<RunSyncResult> {
  const lock = await tryLockConnection(options.connectionId);
  if (!lock) return { status: "busy" };
  try {
    for (const orphan of await runningRuns(options.connectionId)) await closeInterruptedRun(orphan);
    const [connection] = await db.select().from(connections).where(eq(connections.id, options.connectionId));
    if (!connection || connection.organizationId !== options.organizationId || connection.disconnectedAt) return { status: "not_runnable", reason: "not_found" };
    if (connection.status === "inactive") return { status: "not_runnable", reason: "inactive" };
    if (connection.status !== "connected" && (options.trigger === "schedule" || options.trigger === "employee_change")) return { status: "not_runnable", reason: connection.status };

    // A connection the engine cannot sync (partner) is not run; settings that cannot work fail a run, in words.
    let target: SyncTarget | null = null;
    let configError: ConnectionError | null = null;
    try {
      target = await loadSyncTarget(options);
    } catch (error) {
      if (error instanceof AppError) return { status: "not_runnable", reason: error.code };
      if (!(error instanceof ConnectionError)) throw error;
      configError = error;
    }

    const [run] = await db
      .insert(syncRuns)
      .values({ organizationId: options.organizationId, connectionId: options.connectionId, trigger: options.trigger, retryOfRunId: options.retryOfRunId ?? null, jobId: options.jobId ?? null })
      .returning();
    const tuning = options.tuning ?? {};
    const writer = new ResultWriter(run, { flushSize: tuning.flushSize ?? 1000, flushMs: tuning.flushMs ?? 2000 });
    let closed: SyncRun | null;
    try {
      if (configError || !target) throw configError;
      const concurrency = tuning.concurrency ?? DEFAULT_CONCURRENCY;
      const connector = createConnector(target, { timeoutMs: REQUEST_TIMEOUT_MS, ...tuning, concurrency });
      const state = await executeRun({
        connector,
        scope: target.scope,
        leaverPolicy: target.leaverPolicy,
        today: options.today ?? todayUtc(),
        organizationId: options.organizationId,
        connectionId: options.connectionId,
        employeeIds: options.employeeIds,
        writer,
        concurrency,
        batchSize: tuning.batchSize ?? 1000,
      });
      closed = await finishRun(run, { counts: writer.counts, error: state.abort ? { message: state.abort.message, exchange: state.abort.exchange } : null });
    } catch (error) {
      // Settings that cannot work, or an unexpected failure: every employee still gets its row.
      const known = error instanceof ConnectionError;
      if (!known) console.error(JSON.stringify({ level: "error", msg: "sync run failed unexpectedly", runId: run.id, err: String((error as Error)?.stack ?? error) }));
      await writer.flush().catch(() => {});
      const message = known ? error.message : `Internal error: ${(error as Error)?.message ?? error}`;
      await fillMissingResults(run, { employeeIds: options.employeeIds, message: `Not synced: the run stopped (${message})`, errorCode: known ? error.code : "sync.internal_error" });
      closed = await finishRun(run, { counts: await countRunResults(run), error: { message, exchange: known ? error.exchange : null } });
    }
    return { status: "ran", run: closed ?? run };
  } finally {
    await lock.release();
  }
}
