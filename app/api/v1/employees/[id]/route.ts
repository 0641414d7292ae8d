import { getApiEmployeeRow } from "@/lib/api/employees/get-api-employee";
import { patchApiEmployee } from "@/lib/api/employees/patch-api-employee";
import { serializeEmployee } from "@/lib/api/employees/serialize-employee";
import { getEmployee, patchEmployee } from "@/lib/api/endpoints/employees";
import { withApiClient } from "@/lib/api/with-api-client";

export const dynamic = "force-dynamic";

export const GET = withApiClient(async ({ client, params }) => {
  const employee = await getApiEmployeeRow({ organizationId: client.organizationId, employeeId: params.id });
  return { body: serializeEmployee(employee, client.employeeFields) };
}, getEmployee);

export const PATCH = withApiClient(
  async ({ client, params, body }) => ({ body: await patchApiEmployee({ client, employeeId: params.id, patch: body }) }),
  patchEmployee,
);
