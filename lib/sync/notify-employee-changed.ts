import { and, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db";
import { connections, integrations } from "@/db/schema";
import { enqueueSync } from "./enqueue-sync";

/** How long after a change its sync starts: changes in this window share one run. */
export const EMPLOYEE_CHANGE_DELAY_SECONDS = Number(process.env.SYNC_EMPLOYEE_CHANGE_DELAY_SECONDS ?? 45);

/**
 * Employees changed (public API, imports): every connected SCIM or webhook connection
 * of the organization that wants it gets a sync of those employees within a minute.
 * Changes arriving while that sync waits fold into it (one run, the union of employees).
 */
export async function notifyEmployeeChanged(options: { organizationId: string; employeeIds: string[] }): Promise<{ connections: number }> {
  if (options.employeeIds.length === 0) return { connections: 0 };
  const rows = await db
    .select({ id: connections.id, settings: connections.settings })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(
      and(
        eq(connections.organizationId, options.organizationId),
        eq(connections.status, "connected"),
        isNull(connections.disconnectedAt),
        inArray(integrations.connectorKind, ["scim", "webhook"]),
      ),
    );
  const wanting = rows.filter((row) => (row.settings as { syncOnEmployeeChange?: boolean }).syncOnEmployeeChange !== false);
  for (const connection of wanting) {
    await enqueueSync(
      { organizationId: options.organizationId, connectionId: connection.id, trigger: "employee_change", employeeIds: [...new Set(options.employeeIds)] },
      { startAfterSeconds: EMPLOYEE_CHANGE_DELAY_SECONDS },
    );
  }
  return { connections: wanting.length };
}
