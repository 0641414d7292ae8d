import { and, eq, inArray, type SQL } from "drizzle-orm";
import { employees } from "@/db/schema";
import type { EmployeeScope } from "./settings";

/**
 * The employees of a connection's scope as a SQL condition: all of the organization's
 * employees, or those matching every non-empty filter (any of the chosen departments,
 * and any of the chosen offices, and any of the chosen employment types).
 */
export function scopeCondition(organizationId: string, scope: EmployeeScope): SQL {
  const conditions: SQL[] = [eq(employees.organizationId, organizationId)];
  if (scope.kind === "filter") {
    if (scope.departments.length > 0) conditions.push(inArray(employees.department, scope.departments));
    if (scope.offices.length > 0) conditions.push(inArray(employees.office, scope.offices));
    if (scope.employmentTypes.length > 0) conditions.push(inArray(employees.employmentType, scope.employmentTypes));
  }
  return and(...conditions)!;
}
