import { and, asc, eq, gte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { employees } from "@/db/schema";
import { decodeCursor, encodeCursor, fromMicros, micros, microsOf, uuid } from "../cursor";
import { serializeEmployee } from "./serialize-employee";

const cursorSchema = z.tuple([micros, uuid]);

/**
 * Employees of one organization in the order they last changed (updated_at, id), so a
 * client can page through everything once and then ask for `updated_since` its last sync.
 */
export async function listApiEmployees(options: {
  organizationId: string;
  employeeFields: string[] | null;
  updatedSince?: Date;
  cursor?: string;
  limit: number;
}): Promise<{ data: Record<string, unknown>[]; next_cursor: string | null }> {
  const filters: SQL[] = [eq(employees.organizationId, options.organizationId)];
  if (options.updatedSince) filters.push(gte(employees.updatedAt, options.updatedSince));
  const after = decodeCursor(cursorSchema, options.cursor);
  if (after) filters.push(sql`(${employees.updatedAt}, ${employees.id}) > (${fromMicros(after[0])}, ${after[1]}::uuid)`);
  const rows = await db
    .select({ employee: employees, sortKey: microsOf(employees.updatedAt) })
    .from(employees)
    .where(and(...filters))
    .orderBy(asc(employees.updatedAt), asc(employees.id))
    .limit(options.limit + 1);
  const pageRows = rows.slice(0, options.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    data: pageRows.map((row) => serializeEmployee(row.employee, options.employeeFields)),
    next_cursor: rows.length > options.limit && last ? encodeCursor([Number(last.sortKey), last.employee.id]) : null,
  };
}
