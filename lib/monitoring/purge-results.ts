import { sql } from "drizzle-orm";
import { db } from "@/db";

export const DEFAULT_RETENTION_DAYS = 90;

/** The retention period in days: RESULT_RETENTION_DAYS when it is a whole number of at least 1, else 90. */
export function retentionDays(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.RESULT_RETENTION_DAYS);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_RETENTION_DAYS;
}

/**
 * Retention: deletes per-employee result rows older than the period, in batches
 * along sync_results_created_idx so no statement holds many locks or a long
 * transaction. Run summaries (sync_runs, with their counts) stay.
 */
export async function purgeResults(options: { olderThanDays?: number; now?: Date; batchSize?: number } = {}): Promise<{ deleted: number; cutoff: Date }> {
  const days = options.olderThanDays ?? retentionDays();
  const cutoff = new Date((options.now ?? new Date()).getTime() - days * 24 * 60 * 60 * 1000);
  const batchSize = options.batchSize ?? 10_000;
  let deleted = 0;
  for (;;) {
    const result = await db.execute(sql`
      delete from sync_results where id in (
        select id from sync_results where created_at < ${cutoff.toISOString()}::timestamptz limit ${batchSize}
      )`);
    const count = result.rowCount ?? 0;
    deleted += count;
    if (count < batchSize) break;
  }
  return { deleted, cutoff };
}
