import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { employees } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { ApiProblem } from "../problem";
import { afterEmployeePatch } from "../after-employee-patch";
import type { ApiClient } from "../endpoint";
import { getApiEmployeeRow } from "./get-api-employee";
import { fieldAllowed } from "./serialize-employee";

/** A partner writes back what its system knows about an employee (its account id). */
export async function patchApiEmployee(options: {
  client: ApiClient;
  employeeId: string;
  patch: { external_account_id: string | null };
}): Promise<{ id: string; external_account_id: string | null; updated_at: string }> {
  const { client } = options;
  if (!fieldAllowed(client.employeeFields, "external_account_id")) {
    throw new ApiProblem("field_not_allowed", "These credentials may not write the field external_account_id.");
  }
  const current = await getApiEmployeeRow({ organizationId: client.organizationId, employeeId: options.employeeId });
  const value = options.patch.external_account_id;
  const [changed] = await db
    .update(employees)
    .set({ externalAccountId: value })
    .where(and(eq(employees.organizationId, client.organizationId), eq(employees.id, current.id), sql`${employees.externalAccountId} is distinct from ${value}`))
    .returning({ id: employees.id });
  if (changed) {
    await afterEmployeePatch({ organizationId: client.organizationId, employeeIds: [current.id] });
    await recordAuditEvent({
      organizationId: client.organizationId,
      actor: { type: "api_client", id: client.credentialId, label: client.name },
      action: "employee.updated",
      targetType: "employee",
      targetId: current.id,
      changes: { externalAccountId: { from: current.externalAccountId, to: value } },
    });
  }
  const updated = await getApiEmployeeRow({ organizationId: client.organizationId, employeeId: current.id });
  return { id: updated.id, external_account_id: updated.externalAccountId, updated_at: updated.updatedAt.toISOString() };
}
