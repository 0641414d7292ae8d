import { createConnector } from "./connectors/create-connector";
import type { MatchOutcome } from "./connectors/types";
import { todayUtc } from "./engine/employee-state";
import { employeeBatches } from "./engine/employee-batches";
import { loadSyncTarget } from "./engine/load-sync-target";
import { prepareItem, toConnectorItem, type PreparedItem } from "./engine/prepare-item";
import { ConnectionError } from "./engine/sync-errors";
import { AppError } from "@/lib/errors";

export type SyncPreview = { provision: number; link: number; update: number; deactivate: number; skipped: number; total: number };

/** Unlinked employees looked up in the target per preview; beyond, the sample's link ratio is extrapolated. */
const LOOKUP_SAMPLE = 2000;

/**
 * What the next run would do, from the engine's planning step: the same rules as a
 * run, with read-only lookups in the target for employees not linked yet (link or
 * provision). Nothing is written, neither to the target nor to the database.
 */
export async function previewSync(options: { organizationId: string; connectionId: string }): Promise<SyncPreview> {
  const target = await loadSyncTarget(options).catch((error) => {
    // Settings or credentials the wizard has not completed: an expected error, in words.
    throw error instanceof ConnectionError ? new AppError("invalid_input", error.message) : error;
  });
  const connector = createConnector(target, { concurrency: 4, retry: { maxAttempts: 2 } });
  const ctx = { connector, scope: target.scope, leaverPolicy: target.leaverPolicy, today: todayUtc() };
  const counts: SyncPreview = { provision: 0, link: 0, update: 0, deactivate: 0, skipped: 0, total: 0 };
  const sample = { looked: 0, linked: 0, unsampled: 0 };
  let lookups = true;

  for await (const batch of employeeBatches({ ...options, batchSize: 1000 })) {
    const creates: PreparedItem[] = [];
    for (const row of batch) {
      const item = prepareItem(ctx, row);
      counts.total += 1;
      if (item.plan.kind === "skip") counts.skipped += 1;
      else if (item.plan.kind === "create") creates.push(item);
      else counts[item.plan.kind] += 1;
    }
    const room = lookups ? Math.max(0, LOOKUP_SAMPLE - sample.looked) : 0;
    const looked = creates.slice(0, room);
    sample.unsampled += creates.length - looked.length;
    if (looked.length === 0) continue;
    let matches = new Map<string, MatchOutcome>();
    try {
      matches = await connector.findExisting(looked.map(toConnectorItem));
    } catch (error) {
      if (!(error instanceof ConnectionError)) throw error;
      // The target cannot be read now: count the rest as accounts to create.
      console.warn(JSON.stringify({ level: "warn", msg: "sync preview could not look up accounts", connectionId: options.connectionId, err: error.message }));
      lookups = false;
    }
    for (const item of looked) {
      const match = matches.get(item.row.employee.id);
      if (match?.kind === "one" || match?.kind === "failed") counts.link += 1;
      else counts.provision += 1;
      if (match?.kind === "one") sample.linked += 1;
      sample.looked += 1;
    }
  }
  const linkedShare = sample.looked > 0 ? sample.linked / sample.looked : 0;
  const extraLinks = Math.round(sample.unsampled * linkedShare);
  counts.link += extraLinks;
  counts.provision += sample.unsampled - extraLinks;
  return counts;
}
