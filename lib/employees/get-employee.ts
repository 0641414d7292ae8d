import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { employees } from "@/db/schema";
import { AppError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One employee of the caller's organization; another organization's id is "not found", never "forbidden". */
export async function getEmployeeOrThrow(options: { organizationId: string; employeeId: string }) {
  if (!UUID.test(options.employeeId)) throw new AppError("not_found", "employee not found");
  const [employee] = await db
    .select()
    .from(employees)
    .where(and(eq(employees.organizationId, options.organizationId), eq(employees.id, options.employeeId)))
    .limit(1);
  if (!employee) throw new AppError("not_found", "employee not found");
  const [manager] = employee.managerId
    ? await db
        .select({ id: employees.id, firstName: employees.firstName, lastName: employees.lastName })
        .from(employees)
        .where(and(eq(employees.organizationId, options.organizationId), eq(employees.id, employee.managerId)))
        .limit(1)
    : [];
  return { ...employee, manager: manager ?? null };
}
