import { asc, count, eq, isNotNull, and } from "drizzle-orm";
import { db } from "@/db";
import { employees } from "@/db/schema";
import { scopeCondition } from "./scope-filter";
import type { EmployeeScope } from "./settings";

/** How many employees a scope covers (the wizard's live count). */
export async function countEmployeesInScope(options: { organizationId: string; scope: EmployeeScope }): Promise<number> {
  const [row] = await db.select({ n: count() }).from(employees).where(scopeCondition(options.organizationId, options.scope));
  return row?.n ?? 0;
}

/** The departments and offices to choose from, as the organization's employees have them. */
export async function listScopeOptions(organizationId: string): Promise<{ departments: string[]; offices: string[] }> {
  const [departments, offices] = await Promise.all([
    db
      .selectDistinct({ value: employees.department })
      .from(employees)
      .where(and(eq(employees.organizationId, organizationId), isNotNull(employees.department)))
      .orderBy(asc(employees.department)),
    db
      .selectDistinct({ value: employees.office })
      .from(employees)
      .where(and(eq(employees.organizationId, organizationId), isNotNull(employees.office)))
      .orderBy(asc(employees.office)),
  ]);
  return { departments: departments.map((r) => r.value!), offices: offices.map((r) => r.value!) };
}
