import { and, eq, inArray, isNull, lte, or } from "drizzle-orm";
import type { z } from "zod";
import { db } from "@/db";
import { connections, employees, syncResults, syncRuns, type SyncRun } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { reportSyncRunBody } from "@/lib/validations/api-sync-runs";
import type { ApiClient } from "../endpoint";
import { ApiProblem, type FieldError } from "../problem";
import { summarizeResults } from "./summarize-results";

const INSERT_BATCH = 1000;

/** Which reported employee ids are not employees of the organization (as field errors). */
async function unknownEmployees(organizationId: string, ids: string[]): Promise<FieldError[]> {
  const known = new Set<string>();
  for (let i = 0; i < ids.length; i += INSERT_BATCH) {
    const rows = await db
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.organizationId, organizationId), inArray(employees.id, ids.slice(i, i + INSERT_BATCH))));
    for (const row of rows) known.add(row.id);
  }
  return ids.flatMap((id, index) => (known.has(id) ? [] : [{ path: `items.${index}.employee_id`, message: "No employee of this company has this id" }]));
}

/**
 * A partner integration reports one of its own sync runs with its per-employee results.
 * The run belongs to the credential's connection and appears in Monitoring beside the
 * platform's runs, with counts and status computed as for those.
 */
export async function reportSyncRun(options: { client: ApiClient; report: z.output<typeof reportSyncRunBody> }): Promise<SyncRun> {
  const { client, report } = options;
  if (!client.connectionId) {
    throw new ApiProblem("connection_required", "Only the credentials of a partner integration's connection can report sync runs.");
  }
  const [connection] = await db
    .select({ id: connections.id, status: connections.status, disconnectedAt: connections.disconnectedAt })
    .from(connections)
    .where(and(eq(connections.organizationId, client.organizationId), eq(connections.id, client.connectionId)))
    .limit(1);
  if (!connection) throw new ApiProblem("connection_required", "The connection of these credentials no longer exists.");
  if (connection.status === "inactive" || connection.disconnectedAt) throw new ApiProblem("connection_inactive", "The connection is inactive; no syncs run until an admin reactivates it.");

  const errors = await unknownEmployees(client.organizationId, report.items.map((item) => item.employee_id));
  if (errors.length > 0) throw new ApiProblem("validation_failed", "Some employees are not employees of this company.", { errors });

  const finishedAt = report.finished_at ?? new Date();
  const startedAt = report.started_at ?? finishedAt;
  const items = report.items.map((item) => ({ ...item, operation: item.operation ?? null }));
  const { counts, status } = summarizeResults(items, report.error);

  return db.transaction(async (tx) => {
    const [run] = await tx
      .insert(syncRuns)
      .values({
        organizationId: client.organizationId,
        connectionId: connection.id,
        trigger: "partner",
        status,
        startedAt,
        finishedAt,
        counts,
        error: report.error ?? null,
        reportedByCredentialId: client.credentialId,
      })
      .returning();
    for (let i = 0; i < items.length; i += INSERT_BATCH) {
      await tx.insert(syncResults).values(
        items.slice(i, i + INSERT_BATCH).map((item) => ({
          organizationId: client.organizationId,
          runId: run.id,
          connectionId: connection.id,
          employeeId: item.employee_id,
          operation: item.operation,
          status: item.status,
          message: item.message ?? "",
          errorCode: item.error_code ?? null,
          attempts: 1,
          createdAt: finishedAt,
        })),
      );
    }
    await tx
      .update(connections)
      .set({ lastSyncAt: finishedAt, lastRunStatus: status, updatedAt: new Date() })
      .where(
        and(
          eq(connections.organizationId, client.organizationId),
          eq(connections.id, connection.id),
          or(isNull(connections.lastSyncAt), lte(connections.lastSyncAt, finishedAt)),
        ),
      );
    await recordAuditEvent(
      {
        organizationId: client.organizationId,
        actor: { type: "api_client", id: client.credentialId, label: client.name },
        action: "sync_run.reported",
        targetType: "sync_run",
        targetId: run.id,
        changes: { connectionId: connection.id, status, counts },
      },
      tx,
    );
    return run;
  });
}
