import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { employees } from "@/db/schema";

export type EmployeeListItem = Pick<
  typeof employees.$inferSelect,
  "id" | "employeeNumber" | "firstName" | "lastName" | "email" | "position" | "department" | "office" | "status" | "terminationDate"
>;

/** Cursor: the last row's sort key, opaque to the browser. */
export function encodeEmployeeCursor(row: Pick<EmployeeListItem, "lastName" | "firstName" | "id">): string {
  return Buffer.from(JSON.stringify([row.lastName, row.firstName, row.id])).toString("base64url");
}

function decodeCursor(cursor: string | undefined): [string, string, string] | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === "string") ? (value as [string, string, string]) : null;
  } catch {
    return null;
  }
}

/** The employee directory of one organization: search, keyset pagination by name. */
export async function listEmployees(options: {
  organizationId: string;
  query?: string;
  department?: string;
  cursor?: string;
  limit?: number;
}): Promise<{ items: EmployeeListItem[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const filters: SQL[] = [eq(employees.organizationId, options.organizationId)];
  const q = options.query?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const byNumber = /^\d{1,9}$/.test(q) ? [eq(employees.employeeNumber, Number(q))] : [];
    filters.push(
      or(
        ilike(employees.firstName, pattern),
        ilike(employees.lastName, pattern),
        ilike(employees.email, pattern),
        ilike(sql`${employees.firstName} || ' ' || ${employees.lastName}`, pattern),
        ...byNumber,
      )!,
    );
  }
  if (options.department) filters.push(eq(employees.department, options.department));
  const after = decodeCursor(options.cursor);
  if (after) {
    filters.push(sql`(${employees.lastName}, ${employees.firstName}, ${employees.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`);
  }
  const rows = await db
    .select({
      id: employees.id,
      employeeNumber: employees.employeeNumber,
      firstName: employees.firstName,
      lastName: employees.lastName,
      email: employees.email,
      position: employees.position,
      department: employees.department,
      office: employees.office,
      status: employees.status,
      terminationDate: employees.terminationDate,
    })
    .from(employees)
    .where(and(...filters))
    .orderBy(asc(employees.lastName), asc(employees.firstName), asc(employees.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeEmployeeCursor(items[items.length - 1]) : null };
}
