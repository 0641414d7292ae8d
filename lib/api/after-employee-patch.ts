import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { employees } from "@/db/schema";

/**
 * Runs after the public API changed employees (PATCH /employees/{id}). Marks them changed
 * (updated_at), so clients polling with `updated_since` see the change; this is also the
 * one place to tell the sync engine that these employees changed.
 */
export async function afterEmployeePatch(options: { organizationId: string; employeeIds: string[] }): Promise<void> {
  if (options.employeeIds.length === 0) return;
  await db
    .update(employees)
    .set({ updatedAt: new Date() })
    .where(and(eq(employees.organizationId, options.organizationId), inArray(employees.id, options.employeeIds)));
}
