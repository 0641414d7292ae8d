import { sql } from "drizzle-orm";
import { db } from "@/db";
import type { HttpExchange } from "@/db/schema";

export type RunSample = { runId: string; message: string; errorCode: string | null; exchange: HttpExchange | null; firstName: string; lastName: string };

/**
 * For the runs list: one failed row per failed or partial run on the page (its
 * message and the target's response), so the list shows an error even when the run
 * itself has none. One index probe per run (sync_results_run_status_employee_idx).
 */
export async function listRunSamples(options: { organizationId: string; runIds: string[] }): Promise<Map<string, RunSample>> {
  if (options.runIds.length === 0) return new Map();
  const result = await db.execute<RunSample>(sql`
    select r.run_id as "runId", s.message, s.error_code as "errorCode", s.exchange, e.first_name as "firstName", e.last_name as "lastName"
    from unnest(${`{${options.runIds.join(",")}}`}::uuid[]) as r(run_id)
    cross join lateral (
      select message, error_code, exchange, employee_id from sync_results
      where organization_id = ${options.organizationId}::uuid and run_id = r.run_id and status = 'failed'
      order by employee_id limit 1
    ) s
    left join employees e on e.id = s.employee_id and e.organization_id = ${options.organizationId}::uuid`);
  return new Map(result.rows.map((row) => [row.runId, row]));
}
