import type { SyncRun, SyncRunCounts } from "@/db/schema";

type Item = { operation: "provision" | "update" | "deactivate" | "link" | null; status: "succeeded" | "failed" | "skipped" };

const COUNTED: Record<NonNullable<Item["operation"]>, keyof SyncRunCounts> = {
  provision: "provisioned",
  update: "updated",
  deactivate: "deactivated",
  link: "linked",
};

/**
 * Counts and status of a finished run from its per-employee results, as Monitoring shows
 * them: operations count their successes; `failed` when the run failed as a whole or
 * every result failed, `partially_succeeded` when some failed, else `succeeded`.
 */
export function summarizeResults(items: Item[], runError?: string | null): { counts: SyncRunCounts; status: SyncRun["status"] } {
  const counts: SyncRunCounts = { total: items.length, provisioned: 0, updated: 0, deactivated: 0, linked: 0, skipped: 0, failed: 0 };
  for (const item of items) {
    if (item.status === "failed") counts.failed += 1;
    else if (item.status === "skipped") counts.skipped += 1;
    else if (item.operation) counts[COUNTED[item.operation]] += 1;
  }
  const status: SyncRun["status"] =
    runError || (counts.failed > 0 && counts.failed === counts.total) ? "failed" : counts.failed > 0 ? "partially_succeeded" : "succeeded";
  return { counts, status };
}
