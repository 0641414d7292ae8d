import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import type { HttpExchange } from "@/db/schema";
import { decodeCursor, encodeCursor, isIsoMicros, type CursorValue } from "./cursor";
import { NO_ERROR_CODE, type ResultFilters, type ResultSort } from "./filters";
import { likePattern } from "./sql";

export type RunResultItem = {
  id: number;
  createdAt: Date;
  employeeId: string;
  employeeNumber: number;
  firstName: string;
  lastName: string;
  email: string;
  operation: "provision" | "update" | "deactivate" | "link" | null;
  status: "succeeded" | "failed" | "skipped";
  message: string;
  errorCode: string | null;
  attempts: number;
  durationMs: number;
  exchange?: HttpExchange | null;
};

/**
 * How a page is read (see README, Performance):
 * - "walk": along an index in sort order, filtering as it goes. Name and employee ID
 *   walk the employees index and probe each employee's row of the run
 *   (sync_results_run_employee_idx); sync date walks sync_results_run_created_idx.
 *   A page costs about limit / selectivity rows, so this is used only when the
 *   filtered rows number more than SMALL_SUBSET (selectivity of 2% or more in a
 *   run of 100,000);
 * - "subset": the filtered rows first (at most SMALL_SUBSET), joined to their
 *   employees and sorted in memory: small runs (retries) and rare filters.
 * The app decides with one bounded count, not the planner: its estimate of one
 * run's share of the table is the average run, which for a 10-row retry run of a
 * 100,000-employee company would mean walking every employee.
 */
export type ResultStrategy = "walk" | "subset";
export const SMALL_SUBSET = 2000;

const SHAPES: Record<ResultSort, ("string" | "number")[]> = {
  name: ["string", "string", "string", "number"],
  number: ["number", "number"],
  newest: ["string", "number"],
  oldest: ["string", "number"],
};

type Scope = { organizationId: string; runId: string; filters: Omit<ResultFilters, "sort" | "cursor"> };

/** The filters on the result rows (table sync_results, unaliased). */
function resultConditions({ organizationId, runId, filters }: Scope): SQL {
  const parts: SQL[] = [sql`sync_results.organization_id = ${organizationId}::uuid`, sql`sync_results.run_id = ${runId}::uuid`];
  if (filters.status) parts.push(sql`sync_results.status = ${filters.status}`);
  if (filters.operation === "none") parts.push(sql`sync_results.operation is null`);
  else if (filters.operation) parts.push(sql`sync_results.operation = ${filters.operation}`);
  if (filters.error === NO_ERROR_CODE) parts.push(sql`sync_results.error_code is null`);
  else if (filters.error) parts.push(sql`sync_results.error_code = ${filters.error}`);
  return sql.join(parts, sql` and `);
}

/** The search on the employee: name, "first last", email, or the employee ID. */
function employeeConditions({ organizationId, filters }: Scope): SQL {
  const parts: SQL[] = [sql`employees.organization_id = ${organizationId}::uuid`];
  const q = filters.q?.trim();
  if (q) {
    const pattern = likePattern(q);
    const byNumber = /^\d{1,9}$/.test(q) ? sql` or employees.employee_number = ${Number(q)}` : sql``;
    parts.push(
      sql`(employees.last_name ilike ${pattern} or employees.first_name ilike ${pattern} or employees.email ilike ${pattern}
        or (employees.first_name || ' ' || employees.last_name) ilike ${pattern}${byNumber})`,
    );
  }
  return sql.join(parts, sql` and `);
}

/**
 * Keyset condition and order of each sort, ending with the result id so equal keys
 * (namesakes, equal timestamps) are neither skipped nor repeated. The name and
 * number sorts add a `>=` on the employee key alone: an index range on employees.
 */
function keyset(sort: ResultSort, after: CursorValue[] | null): { where: SQL | null; orderBy: SQL } {
  switch (sort) {
    case "name":
      return {
        where: after
          ? sql`(employees.last_name, employees.first_name, employees.id) >= (${after[0]}, ${after[1]}, ${after[2]}::uuid)
              and (employees.last_name, employees.first_name, employees.id, r.id) > (${after[0]}, ${after[1]}, ${after[2]}::uuid, ${after[3]}::bigint)`
          : null,
        orderBy: sql`employees.last_name, employees.first_name, employees.id, r.id`,
      };
    case "number":
      return {
        where: after ? sql`employees.employee_number >= ${after[0]}::int and (employees.employee_number, r.id) > (${after[0]}::int, ${after[1]}::bigint)` : null,
        orderBy: sql`employees.employee_number, r.id`,
      };
    case "newest":
    case "oldest": {
      const op = sort === "newest" ? sql`<` : sql`>`;
      const dir = sort === "newest" ? sql`desc` : sql`asc`;
      return {
        where: after && isIsoMicros(after[0]) ? sql`(r.created_at, r.id) ${op} (${after[0]}::timestamptz, ${after[1]}::bigint)` : null,
        orderBy: sql`r.created_at ${dir}, r.id ${dir}`,
      };
    }
  }
}

/**
 * Whether the filtered rows of the run are few (at most `smallSubset`, SMALL_SUBSET for a
 * page): one index scan that stops after smallSubset + 1 rows.
 */
export async function chooseResultStrategy(scope: Scope, smallSubset = SMALL_SUBSET): Promise<ResultStrategy> {
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from sync_results where ${resultConditions(scope)} limit ${smallSubset + 1}) s`,
  );
  return result.rows[0].n > smallSubset ? "walk" : "subset";
}

type Row = {
  id: string;
  created_at: Date;
  created_at_key: string;
  employee_id: string;
  employee_number: number;
  first_name: string;
  last_name: string;
  email: string;
  operation: RunResultItem["operation"];
  status: RunResultItem["status"];
  message: string;
  error_code: string | null;
  attempts: number;
  duration_ms: number;
  exchange?: HttpExchange | null;
};

/**
 * Show details: one row per employee of a run, filtered, sorted and keyset-paginated,
 * joined to the employee (name, number, email). The caller has checked that the run
 * belongs to the organization; the organization scopes both tables here too.
 */
export async function listRunResults(options: Scope & {
  filters: ResultFilters;
  limit?: number;
  withExchange?: boolean;
  strategy?: ResultStrategy;
}): Promise<{ items: RunResultItem[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 5000);
  const { sort } = options.filters;
  const after = decodeCursor(options.filters.cursor, sort, SHAPES[sort]);
  const { where: afterWhere, orderBy } = keyset(sort, after);
  const inner = sql`select sync_results.id, sync_results.created_at, sync_results.employee_id, sync_results.operation, sync_results.status,
      sync_results.message, sync_results.error_code, sync_results.attempts, sync_results.duration_ms${options.withExchange ? sql`, sync_results.exchange` : sql``}
    from sync_results where ${resultConditions(options)}`;
  const strategy = options.strategy ?? (await chooseResultStrategy(options));
  const byEmployee = sort === "name" || sort === "number";
  let cte = sql``;
  let source: SQL;
  if (strategy === "subset") {
    cte = sql`with r as materialized (${inner}) `;
    source = sql`r join employees on employees.id = r.employee_id`;
  } else if (byEmployee) {
    // OFFSET 0 keeps the subquery from being flattened: employees drive, in sort order
    source = sql`employees cross join lateral (${inner} and sync_results.employee_id = employees.id offset 0) r`;
  } else {
    source = sql`(${inner}) r join employees on employees.id = r.employee_id`;
  }
  const where = afterWhere ? sql`${employeeConditions(options)} and ${afterWhere}` : employeeConditions(options);
  const result = await db.execute<Row>(sql`${cte}select r.id, r.created_at,
      to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at_key,
      r.employee_id, employees.employee_number, employees.first_name, employees.last_name, employees.email,
      r.operation, r.status, r.message, r.error_code, r.attempts, r.duration_ms${options.withExchange ? sql`, r.exchange` : sql``}
    from ${source}
    where ${where}
    order by ${orderBy}
    limit ${limit + 1}`);
  const rows = result.rows;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  let nextCursor: string | null = null;
  if (rows.length > limit && last) {
    const id = Number(last.id);
    if (sort === "name") nextCursor = encodeCursor(sort, [last.last_name, last.first_name, last.employee_id, id]);
    else if (sort === "number") nextCursor = encodeCursor(sort, [last.employee_number, id]);
    else nextCursor = encodeCursor(sort, [last.created_at_key, id]);
  }
  return { items: page.map((row) => toItem(row, options.withExchange === true)), nextCursor };
}

function toItem(row: Row, withExchange: boolean): RunResultItem {
  const item: RunResultItem = {
    id: Number(row.id),
    createdAt: row.created_at instanceof Date ? row.created_at : new Date(row.created_at),
    employeeId: row.employee_id,
    employeeNumber: Number(row.employee_number),
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    operation: row.operation,
    status: row.status,
    message: row.message,
    errorCode: row.error_code,
    attempts: Number(row.attempts),
    durationMs: Number(row.duration_ms),
  };
  if (withExchange) item.exchange = row.exchange ?? null;
  return item;
}
