import { and, asc, desc, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { employees, syncResults, type HttpExchange } from "@/db/schema";
import { decodeCursor, encodeCursor, isIsoMicros, type CursorValue } from "./cursor";
import { NO_ERROR_CODE, type ResultFilters, type ResultSort } from "./filters";
import { isoMicros, likePattern } from "./sql";

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

const SHAPES: Record<ResultSort, ("string" | "number")[]> = {
  name: ["string", "string", "string", "number"],
  number: ["number", "number"],
  newest: ["string", "number"],
  oldest: ["string", "number"],
};

/** Filters of Show details as SQL, shared by the page and the CSV export. */
export function resultConditions(options: { organizationId: string; runId: string; filters: Omit<ResultFilters, "sort" | "cursor"> }): SQL[] {
  const { filters } = options;
  const where: SQL[] = [
    eq(syncResults.organizationId, options.organizationId),
    eq(syncResults.runId, options.runId),
    // the employee side too, so the planner can walk employees_org_name_idx
    eq(employees.organizationId, options.organizationId),
  ];
  if (filters.status) where.push(eq(syncResults.status, filters.status));
  if (filters.operation === "none") where.push(isNull(syncResults.operation));
  else if (filters.operation) where.push(eq(syncResults.operation, filters.operation));
  if (filters.error === NO_ERROR_CODE) where.push(isNull(syncResults.errorCode));
  else if (filters.error) where.push(eq(syncResults.errorCode, filters.error));
  const q = filters.q?.trim();
  if (q) {
    const pattern = likePattern(q);
    const byNumber = /^\d{1,9}$/.test(q) ? [eq(employees.employeeNumber, Number(q))] : [];
    where.push(
      or(
        ilike(employees.lastName, pattern),
        ilike(employees.firstName, pattern),
        ilike(employees.email, pattern),
        ilike(sql`${employees.firstName} || ' ' || ${employees.lastName}`, pattern),
        ...byNumber,
      )!,
    );
  }
  return where;
}

/**
 * Keyset condition and order of each sort. Each order ends with the result id,
 * so rows with equal keys (equal timestamps, namesakes) are neither skipped nor
 * repeated. The name and number sorts add a `>=` on the employee key alone: an
 * index range on employees that the planner can use, while the full row
 * comparison (which spans two tables) only breaks ties.
 */
function keyset(sort: ResultSort, after: CursorValue[] | null): { where: SQL | null; orderBy: SQL[] } {
  switch (sort) {
    case "name": {
      const where = after
        ? sql`(${employees.lastName}, ${employees.firstName}, ${employees.id}) >= (${after[0]}, ${after[1]}, ${after[2]}::uuid)
            and (${employees.lastName}, ${employees.firstName}, ${employees.id}, ${syncResults.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid, ${after[3]}::bigint)`
        : null;
      return { where, orderBy: [asc(employees.lastName), asc(employees.firstName), asc(employees.id), asc(syncResults.id)] };
    }
    case "number": {
      const where = after
        ? sql`${employees.employeeNumber} >= ${after[0]}::int and (${employees.employeeNumber}, ${syncResults.id}) > (${after[0]}::int, ${after[1]}::bigint)`
        : null;
      return { where, orderBy: [asc(employees.employeeNumber), asc(syncResults.id)] };
    }
    case "newest":
    case "oldest": {
      const op = sort === "newest" ? sql`<` : sql`>`;
      const where = after && isIsoMicros(after[0]) ? sql`(${syncResults.createdAt}, ${syncResults.id}) ${op} (${after[0]}::timestamptz, ${after[1]}::bigint)` : null;
      const dir = sort === "newest" ? desc : asc;
      return { where, orderBy: [dir(syncResults.createdAt), dir(syncResults.id)] };
    }
  }
}

function cursorOf(sort: ResultSort, row: RunResultItem & { createdAtKey: string }): string {
  switch (sort) {
    case "name":
      return encodeCursor(sort, [row.lastName, row.firstName, row.employeeId, row.id]);
    case "number":
      return encodeCursor(sort, [row.employeeNumber, row.id]);
    default:
      return encodeCursor(sort, [row.createdAtKey, row.id]);
  }
}

/**
 * Show details: one row per employee of a run, filtered, sorted and keyset-paginated.
 * Rows are joined to the employee (name, number, email); the caller has checked
 * that the run belongs to the organization.
 */
export async function listRunResults(options: {
  organizationId: string;
  runId: string;
  filters: ResultFilters;
  limit?: number;
  withExchange?: boolean;
}): Promise<{ items: RunResultItem[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 5000);
  const { sort } = options.filters;
  const after = decodeCursor(options.filters.cursor, sort, SHAPES[sort]);
  const { where: afterWhere, orderBy } = keyset(sort, after);
  const where = resultConditions(options);
  if (afterWhere) where.push(afterWhere);
  const rows = await db
    .select({
      id: syncResults.id,
      createdAt: syncResults.createdAt,
      createdAtKey: isoMicros(syncResults.createdAt),
      employeeId: syncResults.employeeId,
      employeeNumber: employees.employeeNumber,
      firstName: employees.firstName,
      lastName: employees.lastName,
      email: employees.email,
      operation: syncResults.operation,
      status: syncResults.status,
      message: syncResults.message,
      errorCode: syncResults.errorCode,
      attempts: syncResults.attempts,
      durationMs: syncResults.durationMs,
      ...(options.withExchange ? { exchange: syncResults.exchange } : {}),
    })
    .from(syncResults)
    .innerJoin(employees, eq(employees.id, syncResults.employeeId))
    .where(and(...where))
    .orderBy(...orderBy)
    .limit(limit + 1);
  const page = rows.slice(0, limit) as (RunResultItem & { createdAtKey: string })[];
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? cursorOf(sort, last) : null;
  return { items: page.map(({ createdAtKey: _key, ...row }) => row), nextCursor };
}
