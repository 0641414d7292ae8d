import type { ApiEndpoint } from "../endpoint";
import { getConnection, getIntegration, listConnections, listIntegrations } from "./catalog";
import { getEmployee, listEmployees, patchEmployee } from "./employees";
import { getSyncRun, listSyncRunItems, listSyncRuns, reportSyncRun } from "./sync-runs";

/** Every endpoint behind withApiClient, in the order the API reference lists them. */
export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  listEmployees,
  getEmployee,
  patchEmployee,
  listIntegrations,
  getIntegration,
  listConnections,
  getConnection,
  listSyncRuns,
  reportSyncRun,
  getSyncRun,
  listSyncRunItems,
];
