import { listSyncRunItems } from "@/lib/api/endpoints/sync-runs";
import { listApiSyncResults } from "@/lib/api/sync-runs/list-api-sync-runs";
import { withApiClient } from "@/lib/api/with-api-client";

export const dynamic = "force-dynamic";

export const GET = withApiClient(
  async ({ client, params, query }) => ({ body: await listApiSyncResults({ client, runId: params.id, ...query }) }),
  listSyncRunItems,
);
