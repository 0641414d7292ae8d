import { listApiEmployees } from "@/lib/api/employees/list-api-employees";
import { listEmployees } from "@/lib/api/endpoints/employees";
import { withApiClient } from "@/lib/api/with-api-client";

export const dynamic = "force-dynamic";

export const GET = withApiClient(
  async ({ client, query }) => ({
    body: await listApiEmployees({
      organizationId: client.organizationId,
      employeeFields: client.employeeFields,
      updatedSince: query.updated_since,
      cursor: query.cursor,
      limit: query.limit,
    }),
  }),
  listEmployees,
);
