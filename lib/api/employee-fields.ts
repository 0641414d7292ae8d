import type { EmployeeField } from "@/lib/catalog/integration-meta";

/**
 * The employee fields the public API exposes, named as in the catalog's permissions.
 * A credential limited to some fields gets only those (id, employee_number and
 * updated_at identify the record and are always present). No zod here: the
 * credentials form imports this in the browser.
 */
export const API_EMPLOYEE_FIELDS = [
  "first_name",
  "last_name",
  "email",
  "personal_email",
  "phone",
  "position",
  "department",
  "office",
  "manager",
  "employment_type",
  "status",
  "hire_date",
  "termination_date",
  "external_account_id",
] as const satisfies readonly EmployeeField[];
export type ApiEmployeeField = (typeof API_EMPLOYEE_FIELDS)[number];
