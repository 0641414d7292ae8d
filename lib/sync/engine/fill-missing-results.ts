import { sql } from "drizzle-orm";
import { db } from "@/db";
import type { SyncRunCounts } from "@/db/schema";
import { countResult, emptyCounts } from "./result-writer";

type RunRef = { id: string; organizationId: string; connectionId: string };

/**
 * Gives every employee of a run that has no result yet a failed one: the run was cut
 * short (its worker died, or an unexpected error). One statement, whatever the size.
 */
export async function fillMissingResults(run: RunRef, options: { employeeIds?: string[] | null; message: string; errorCode: string }): Promise<number> {
  const only = options.employeeIds ? sql`and e.id = any(${sql.param(options.employeeIds)}::uuid[])` : sql``;
  const result = await db.execute(sql`
    insert into sync_results (organization_id, run_id, connection_id, employee_id, operation, status, message, error_code, attempts, duration_ms)
    select e.organization_id, ${run.id}, ${run.connectionId}, e.id, null, 'failed', ${options.message}, ${options.errorCode}, 0, 0
    from employees e
    where e.organization_id = ${run.organizationId} ${only}
      and not exists (
        select 1 from sync_results r
        where r.organization_id = ${run.organizationId} and r.run_id = ${run.id} and r.employee_id = e.id
      )`);
  return result.rowCount ?? 0;
}

/** A run's counts, recounted from its result rows. */
export async function countRunResults(run: RunRef): Promise<SyncRunCounts> {
  const rows = await db.execute<{ operation: "provision" | "update" | "deactivate" | "link" | null; status: "succeeded" | "failed" | "skipped"; n: string }>(sql`
    select operation, status, count(*) as n from sync_results
    where organization_id = ${run.organizationId} and run_id = ${run.id}
    group by operation, status`);
  const counts = emptyCounts();
  for (const row of rows.rows) countResult(counts, row, Number(row.n));
  return counts;
}
