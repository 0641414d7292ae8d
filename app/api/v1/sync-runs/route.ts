import { listSyncRuns, reportSyncRun } from "@/lib/api/endpoints/sync-runs";
import { listApiSyncRuns } from "@/lib/api/sync-runs/list-api-sync-runs";
import { reportSyncRun as recordReportedRun } from "@/lib/api/sync-runs/report-sync-run";
import { serializeSyncRun } from "@/lib/api/sync-runs/serialize-sync-run";
import { withApiClient } from "@/lib/api/with-api-client";

export const dynamic = "force-dynamic";

export const GET = withApiClient(
  async ({ client, query }) => ({
    body: await listApiSyncRuns({ client, connectionId: query.connection_id, status: query.status, cursor: query.cursor, limit: query.limit }),
  }),
  listSyncRuns,
);

export const POST = withApiClient(async ({ client, body, request }) => {
  const run = await recordReportedRun({ client, report: body });
  return { body: serializeSyncRun(run), status: 201, headers: { location: new URL(`/api/v1/sync-runs/${run.id}`, request.url).pathname } };
}, reportSyncRun);
