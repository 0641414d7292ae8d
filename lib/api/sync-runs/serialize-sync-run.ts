import type { SyncResult, SyncRun } from "@/db/schema";

export function serializeSyncRun(run: SyncRun) {
  return {
    id: run.id,
    connection_id: run.connectionId,
    trigger: run.trigger,
    status: run.status,
    started_at: run.startedAt.toISOString(),
    finished_at: run.finishedAt?.toISOString() ?? null,
    counts: run.counts,
    error: run.error,
  };
}

export function serializeSyncResult(result: SyncResult) {
  return {
    id: String(result.id),
    employee_id: result.employeeId,
    operation: result.operation,
    status: result.status,
    message: result.message,
    error_code: result.errorCode,
    exchange: (result.exchange as Record<string, unknown> | null) ?? null,
    created_at: result.createdAt.toISOString(),
  };
}
