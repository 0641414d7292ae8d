import type { Employee } from "@/db/schema";
import { API_EMPLOYEE_FIELDS, type ApiEmployeeField } from "../employee-fields";

/** Each limitable employee field and the property (and value) it gives in the API. */
const FIELD_VALUES: Record<ApiEmployeeField, (e: Employee) => [string, unknown]> = {
  first_name: (e) => ["first_name", e.firstName],
  last_name: (e) => ["last_name", e.lastName],
  email: (e) => ["email", e.email],
  personal_email: (e) => ["personal_email", e.personalEmail],
  phone: (e) => ["phone", e.phone],
  position: (e) => ["position", e.position],
  department: (e) => ["department", e.department],
  office: (e) => ["office", e.office],
  manager: (e) => ["manager_id", e.managerId],
  employment_type: (e) => ["employment_type", e.employmentType],
  status: (e) => ["status", e.status],
  hire_date: (e) => ["hire_date", e.hireDate],
  termination_date: (e) => ["termination_date", e.terminationDate],
  external_account_id: (e) => ["external_account_id", e.externalAccountId],
};

/** May this client read or write `field`? `allowed` null means every field. */
export function fieldAllowed(allowed: readonly string[] | null, field: ApiEmployeeField): boolean {
  return allowed === null || allowed.includes(field);
}

/** The employee as the API shows it to a client limited to `allowed` fields. */
export function serializeEmployee(employee: Employee, allowed: readonly string[] | null): Record<string, unknown> {
  const out: Record<string, unknown> = { id: employee.id, employee_number: employee.employeeNumber };
  for (const field of API_EMPLOYEE_FIELDS) {
    if (!fieldAllowed(allowed, field)) continue;
    const [property, value] = FIELD_VALUES[field](employee);
    out[property] = value;
  }
  out.updated_at = employee.updatedAt.toISOString();
  return out;
}
