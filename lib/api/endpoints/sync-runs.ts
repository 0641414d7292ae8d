import {
  apiSyncResultPageSchema,
  apiSyncRunPageSchema,
  apiSyncRunSchema,
  listSyncResultsQuery,
  listSyncRunsQuery,
  reportSyncRunBody,
  syncRunParams,
} from "@/lib/validations/api-sync-runs";
import { defineEndpoint } from "../endpoint";

const PARTNER_SCOPE = "Credentials issued for a partner integration see only their own connection's runs.";

export const listSyncRuns = defineEndpoint({
  operationId: "listSyncRuns",
  method: "get",
  path: "/sync-runs",
  tag: "Sync runs",
  summary: "List sync runs",
  description: `Sync runs of your company's connections, newest first. ${PARTNER_SCOPE}`,
  scopes: ["sync-runs:read"],
  query: listSyncRunsQuery,
  response: { status: 200, description: "A page of sync runs.", schema: apiSyncRunPageSchema },
  problems: [400],
});

export const getSyncRun = defineEndpoint({
  operationId: "getSyncRun",
  method: "get",
  path: "/sync-runs/{id}",
  tag: "Sync runs",
  summary: "Get a sync run",
  description: PARTNER_SCOPE,
  scopes: ["sync-runs:read"],
  params: syncRunParams,
  response: { status: 200, description: "The sync run.", schema: apiSyncRunSchema },
  problems: [404],
});

export const listSyncRunItems = defineEndpoint({
  operationId: "listSyncRunItems",
  method: "get",
  path: "/sync-runs/{id}/items",
  tag: "Sync runs",
  summary: "List a run's per-employee results",
  description: "One result per employee, ordered by employee id.",
  scopes: ["sync-runs:read"],
  params: syncRunParams,
  query: listSyncResultsQuery,
  response: { status: 200, description: "A page of results.", schema: apiSyncResultPageSchema },
  problems: [400, 404],
});

export const reportSyncRun = defineEndpoint({
  operationId: "reportSyncRun",
  method: "post",
  path: "/sync-runs",
  tag: "Sync runs",
  summary: "Report a sync run of your partner integration",
  description:
    "For partner integrations: report a sync you ran, with one item per employee. It appears in Monitoring beside the platform's runs. " +
    "Counts and status are computed from the items: `failed` when `error` is set or every item failed, `partially_succeeded` when some failed, else `succeeded`. " +
    "Only credentials issued for a connection may report (else 422 `connection_required`); an inactive connection answers 409 `connection_inactive`.",
  scopes: ["sync-runs:write"],
  body: reportSyncRunBody,
  response: { status: 201, description: "The recorded run.", schema: apiSyncRunSchema },
  problems: [400, 409, 413, 415, 422],
});
