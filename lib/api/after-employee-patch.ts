import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { employees } from "@/db/schema";
import { notifyEmployeeChanged } from "@/lib/sync/notify-employee-changed";

/**
 * Runs after the public API changed employees (PATCH /employees/{id}). Marks them changed
 * (updated_at), so clients polling with `updated_since` see the change, and tells the sync
 * engine, which syncs the connections that want it soon after (debounced).
 */
export async function afterEmployeePatch(options: { organizationId: string; employeeIds: string[] }): Promise<void> {
  if (options.employeeIds.length === 0) return;
  await db
    .update(employees)
    .set({ updatedAt: new Date() })
    .where(and(eq(employees.organizationId, options.organizationId), inArray(employees.id, options.employeeIds)));
  await notifyEmployeeChanged(options).catch((err) =>
    console.error(JSON.stringify({ level: "error", msg: "employee change not queued", err: String(err) })),
  );
}
