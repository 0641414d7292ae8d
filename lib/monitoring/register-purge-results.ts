import type PgBoss from "pg-boss";
import { QUEUES } from "@/lib/jobs/queues";
import { registerJobHandlers } from "@/lib/jobs/start-worker";
import { purgeResults } from "./purge-results";

/** Daily at 03:17 (UTC): purge per-employee results older than the retention period. */
export const PURGE_RESULTS_CRON = "17 3 * * *";

export async function registerPurgeResults(boss: PgBoss): Promise<void> {
  await boss.work(QUEUES.purgeResults, async (jobs) => {
    for (const _job of jobs) {
      const { deleted, cutoff } = await purgeResults();
      console.log(JSON.stringify({ level: "info", msg: "purged sync results", deleted, cutoff: cutoff.toISOString() }));
    }
  });
  await boss.schedule(QUEUES.purgeResults, PURGE_RESULTS_CRON);
}

registerJobHandlers(registerPurgeResults);
