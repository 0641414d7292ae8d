import { z } from "zod";
import { cursorQuery, dateTime, dateTimeInput, limitQuery, page } from "./api-common";

export { API_EMPLOYEE_FIELDS, type ApiEmployeeField } from "@/lib/api/employee-fields";

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
