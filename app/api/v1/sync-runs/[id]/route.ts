import { getSyncRun } from "@/lib/api/endpoints/sync-runs";
import { getApiSyncRunRow } from "@/lib/api/sync-runs/list-api-sync-runs";
import { serializeSyncRun } from "@/lib/api/sync-runs/serialize-sync-run";
import { withApiClient } from "@/lib/api/with-api-client";

export const dynamic = "force-dynamic";

export const GET = withApiClient(async ({ client, params }) => ({ body: serializeSyncRun(await getApiSyncRunRow({ client, runId: params.id })) }), getSyncRun);
