import { getApiIntegration } from "@/lib/api/catalog/list-api-integrations";
import { getIntegration } from "@/lib/api/endpoints/catalog";
import { withApiClient } from "@/lib/api/with-api-client";

export const dynamic = "force-dynamic";

export const GET = withApiClient(async ({ params }) => ({ body: await getApiIntegration({ slug: params.slug }) }), getIntegration);
