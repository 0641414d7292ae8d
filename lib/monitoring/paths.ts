/** The path of a connection's Monitoring page, or of one run's Show details. */
export function monitoringPath(connectionId: string, runId?: string): string {
  return `/connections/${connectionId}/monitoring${runId ? `/runs/${runId}` : ""}`;
}

/** The CSV export of a run's rows (the same filters as the page). */
export function resultsCsvPath(connectionId: string, runId: string, query = ""): string {
  return `/api/connections/${connectionId}/runs/${runId}/results.csv${query}`;
}
