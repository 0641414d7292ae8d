import { listApiConnections } from "@/lib/api/connections/list-api-connections";
import { listConnections } from "@/lib/api/endpoints/catalog";
import { withApiClient } from "@/lib/api/with-api-client";

export const dynamic = "force-dynamic";

export const GET = withApiClient(async ({ client, query }) => ({ body: await listApiConnections({ client, ...query }) }), listConnections);
