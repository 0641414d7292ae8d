import { sql } from "drizzle-orm";
import { db } from "@/db";

export const RESULT_RETENTION_DAYS = Number(process.env.SYNC_RESULT_RETENTION_DAYS ?? 90);

/**
 * Deletes per-employee results older than the retention period, in chunks of 10,000
 * rows so no statement holds locks for long (runs keep their counts).
 */
export async function purgeOldResults(options: { olderThanDays?: number; chunk?: number } = {}): Promise<number> {
  const days = options.olderThanDays ?? RESULT_RETENTION_DAYS;
  const chunk = options.chunk ?? 10_000;
  let total = 0;
  for (;;) {
    const result = await db.execute(sql`
      delete from sync_results where id in (
        select id from sync_results where created_at < now() - make_interval(days => ${days}) limit ${chunk}
      )`);
    const n = result.rowCount ?? 0;
    total += n;
    if (n < chunk) return total;
  }
}
