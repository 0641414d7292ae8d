import { getApiConnection } from "@/lib/api/connections/list-api-connections";
import { getConnection } from "@/lib/api/endpoints/catalog";
import { withApiClient } from "@/lib/api/with-api-client";

export const dynamic = "force-dynamic";

export const GET = withApiClient(async ({ client, params }) => ({ body: await getApiConnection({ client, connectionId: params.id }) }), getConnection);
