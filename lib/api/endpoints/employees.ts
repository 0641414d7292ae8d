import {
  apiEmployeePageSchema,
  apiEmployeeSchema,
  employeeParams,
  listEmployeesQuery,
  patchEmployeeBody,
  patchEmployeeResponse,
} from "@/lib/validations/api-employees";
import { defineEndpoint } from "../endpoint";

const FIELD_LIMITS =
  "Credentials limited to some employee fields get only those fields; `id`, `employee_number` and `updated_at` are always present.";

export const listEmployees = defineEndpoint({
  operationId: "listEmployees",
  method: "get",
  path: "/employees",
  tag: "Employees",
  summary: "List employees",
  description: `Employees of your company, oldest change first, so you can page through all of them once and then fetch only what changed with \`updated_since\`. ${FIELD_LIMITS}`,
  scopes: ["employees:read"],
  query: listEmployeesQuery,
  response: { status: 200, description: "A page of employees.", schema: apiEmployeePageSchema },
  problems: [400],
});

export const getEmployee = defineEndpoint({
  operationId: "getEmployee",
  method: "get",
  path: "/employees/{id}",
  tag: "Employees",
  summary: "Get an employee",
  description: FIELD_LIMITS,
  scopes: ["employees:read"],
  params: employeeParams,
  response: { status: 200, description: "The employee.", schema: apiEmployeeSchema },
  problems: [404],
});

export const patchEmployee = defineEndpoint({
  operationId: "updateEmployee",
  method: "patch",
  path: "/employees/{id}",
  tag: "Employees",
  summary: "Write back an employee's account id",
  description:
    "Stores the id of the employee's account in your system. Needs the field `external_account_id` when the credentials are limited to some fields.",
  scopes: ["employees:write"],
  params: employeeParams,
  body: patchEmployeeBody,
  response: { status: 200, description: "What is stored now.", schema: patchEmployeeResponse },
  problems: [400, 404, 413, 415, 422],
});
