import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { connections, syncRuns, type HttpExchange, type SyncRun, type SyncRunCounts } from "@/db/schema";
import { nextSyncAt } from "@/lib/sync/next-sync-at";
import { onRunFinished } from "@/lib/sync/on-run-finished";

export type RunStatus = "succeeded" | "partially_succeeded" | "failed";

/** Succeeded: no failures. Failed: a connection-level error, or no employee could be synced. Else partial. */
export function runStatus(counts: SyncRunCounts, connectionFailed: boolean): RunStatus {
  if (connectionFailed) return "failed";
  if (counts.failed === 0) return "succeeded";
  return counts.failed === counts.total ? "failed" : "partially_succeeded";
}

/**
 * Closes a run (only if it is still running: recovery and the worker never both
 * close one), updates the connection's last/next sync and calls onRunFinished.
 */
export async function finishRun(
  run: { id: string; organizationId: string; connectionId: string },
  outcome: { counts: SyncRunCounts; error: { message: string; exchange: HttpExchange | null } | null },
): Promise<SyncRun | null> {
  let status = runStatus(outcome.counts, outcome.error !== null);
  const error = outcome.error?.message ?? (status === "failed" ? "No employee could be synced; see the per-employee results." : null);
  if (outcome.counts.total === 0 && !outcome.error) status = "succeeded";
  const finishedAt = new Date();
  const [closed] = await db
    .update(syncRuns)
    .set({ status, finishedAt, counts: outcome.counts, error, errorExchange: outcome.error?.exchange ?? null })
    .where(and(eq(syncRuns.id, run.id), eq(syncRuns.status, "running")))
    .returning();
  if (!closed) return null;
  const [connection] = await db.select({ schedule: connections.schedule, status: connections.status }).from(connections).where(eq(connections.id, run.connectionId));
  await db
    .update(connections)
    .set({
      lastSyncAt: finishedAt,
      lastRunStatus: status,
      ...(connection?.status === "connected" ? { nextSyncAt: nextSyncAt(connection.schedule, finishedAt) } : {}),
    })
    .where(eq(connections.id, run.connectionId));
  await onRunFinished(closed);
  return closed;
}
