import { z } from "zod";
import { EMPLOYEE_FIELDS } from "@/lib/catalog/integration-meta";
import { cursorQuery, dateTime, dateTimeInput, limitQuery, page } from "./api-common";

/**
 * The employee fields the public API exposes, named as in the catalog's permissions.
 * A credential limited to some fields gets only those (id, employee_number and
 * updated_at identify the record and are always present).
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
] as const satisfies readonly (typeof EMPLOYEE_FIELDS)[number][];
export type ApiEmployeeField = (typeof API_EMPLOYEE_FIELDS)[number];

const limited = (schema: z.ZodType, description: string) =>
  schema.optional().meta({ description: `${description} Omitted when the credential may not read this field.` });

export const apiEmployeeSchema = z
  .object({
    id: z.uuid(),
    employee_number: z.number().int(),
    first_name: limited(z.string(), "First name."),
    last_name: limited(z.string(), "Last name."),
    email: limited(z.string(), "Work email."),
    personal_email: limited(z.string().nullable(), "Private email."),
    phone: limited(z.string().nullable(), "Phone number."),
    position: limited(z.string().nullable(), "Job title."),
    department: limited(z.string().nullable(), "Department."),
    office: limited(z.string().nullable(), "Office."),
    manager_id: limited(z.uuid().nullable(), "The manager's employee id (field `manager`)."),
    employment_type: limited(z.enum(["full_time", "part_time", "contractor", "intern"]), "Employment type."),
    status: limited(z.enum(["active", "onboarding", "leave", "inactive"]), "Employment status."),
    hire_date: limited(z.iso.date(), "First working day."),
    termination_date: limited(z.iso.date().nullable(), "Last working day, also in the future for announced leavers."),
    external_account_id: limited(z.string().nullable(), "The account id a partner wrote back for this employee."),
    updated_at: dateTime.meta({ description: "When the record last changed." }),
  })
  .meta({ id: "Employee", description: "An employee of the credential's company." });

export const apiEmployeePageSchema = page(apiEmployeeSchema, "EmployeePage");

export const listEmployeesQuery = z.object({
  updated_since: dateTimeInput.optional().meta({ description: "Only employees changed at or after this time (ISO 8601 with offset)." }),
  cursor: cursorQuery,
  limit: limitQuery(100, 500),
});

export const employeeParams = z.object({ id: z.string().meta({ description: "Employee id (UUID)." }) });

export const patchEmployeeBody = z
  .strictObject({
    external_account_id: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .nullable()
      .meta({ description: "The employee's account id in your system; null clears it." }),
  })
  .meta({ id: "EmployeePatch", description: "The attributes a partner may write back." });

export const patchEmployeeResponse = z
  .object({ id: z.uuid(), external_account_id: z.string().nullable(), updated_at: dateTime })
  .meta({ id: "EmployeePatchResult" });
