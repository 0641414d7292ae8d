import { listApiIntegrations } from "@/lib/api/catalog/list-api-integrations";
import { listIntegrations } from "@/lib/api/endpoints/catalog";
import { withApiClient } from "@/lib/api/with-api-client";

export const dynamic = "force-dynamic";

export const GET = withApiClient(async ({ query }) => ({ body: await listApiIntegrations(query) }), listIntegrations);
