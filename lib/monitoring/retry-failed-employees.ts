import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { connections, syncResults } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import { enqueueSync } from "@/lib/sync/enqueue-sync";
import { getRunOrThrow } from "./get-run";

export type RetryOutcome =
  | { queued: true; jobId: string | null; employees: number }
  | { queued: false; reason: "nothing_to_retry" | "run_running" | "connection_not_active" | "already_queued" };

/**
 * Retry failed employees: queues a sync limited to the employees whose rows failed
 * in the run, marked as a retry of it (the engine records trigger "retry" and
 * retryOfRunId). The run is looked up in the caller's organization (404 otherwise).
 */
export async function retryFailedEmployees(options: {
  organizationId: string;
  connectionId: string;
  runId: string;
  actor: Extract<AuditActor, { type: "user" }>;
}): Promise<RetryOutcome> {
  const run = await getRunOrThrow(options);
  const [connection] = await db
    .select({ status: connections.status, disconnectedAt: connections.disconnectedAt })
    .from(connections)
    .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)))
    .limit(1);
  if (!connection) throw new AppError("not_found", "connection not found");
  if (connection.status !== "connected" || connection.disconnectedAt) return { queued: false, reason: "connection_not_active" };
  if (run.status === "running") return { queued: false, reason: "run_running" };

  const failed = await db
    .selectDistinct({ employeeId: syncResults.employeeId })
    .from(syncResults)
    .where(and(eq(syncResults.organizationId, options.organizationId), eq(syncResults.runId, run.id), eq(syncResults.status, "failed")));
  if (failed.length === 0) return { queued: false, reason: "nothing_to_retry" };

  const employeeIds = failed.map((row) => row.employeeId);
  const { queued, jobId } = await enqueueSync({
    organizationId: options.organizationId,
    connectionId: options.connectionId,
    trigger: "retry",
    retryOfRunId: run.id,
    employeeIds,
    requestedByUserId: options.actor.id,
  });
  if (!queued) return { queued: false, reason: "already_queued" };
  await recordAuditEvent({
    organizationId: options.organizationId,
    actor: options.actor,
    action: "sync.retry_requested",
    targetType: "connection",
    targetId: options.connectionId,
    changes: { retryOfRunId: run.id, employees: employeeIds.length, jobId },
  });
  return { queued: true, jobId, employees: employeeIds.length };
}
