import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { employees, type Employee } from "@/db/schema";
import { ApiProblem } from "../problem";
import { isUuid } from "../is-uuid";

/** One employee of the organization; another organization's id, or no id at all, is 404. */
export async function getApiEmployeeRow(options: { organizationId: string; employeeId: string }): Promise<Employee> {
  if (!isUuid(options.employeeId)) throw new ApiProblem("not_found", "No employee with this id.");
  const [employee] = await db
    .select()
    .from(employees)
    .where(and(eq(employees.organizationId, options.organizationId), eq(employees.id, options.employeeId)))
    .limit(1);
  if (!employee) throw new ApiProblem("not_found", "No employee with this id.");
  return employee;
}
