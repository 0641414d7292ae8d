import { registerJobHandlers } from "@/lib/jobs/start-worker";
import { QUEUES } from "@/lib/jobs/queues";
import type { SyncJobData } from "@/lib/sync/enqueue-sync";
import { recoverInterruptedRuns } from "@/lib/sync/engine/recover-runs";
import { enqueueDueSyncs } from "@/lib/sync/schedule-due-syncs";
import { handleSyncJob } from "./handle-sync-job";

/** Syncs this process runs at once (each on its own connection). */
const SYNC_WORKERS = Math.max(1, Number(process.env.SYNC_WORKERS ?? 2));
/** SYNC_SCHEDULER=false: this process runs syncs but queues no scheduled ones (another process does). */
const SCHEDULER = process.env.SYNC_SCHEDULER !== "false";

function logged(name: string, fn: () => Promise<unknown>) {
  return async () => {
    try {
      return await fn();
    } catch (error) {
      console.error(JSON.stringify({ level: "error", msg: `${name} failed`, err: String(error) }));
      throw error;
    }
  };
}

registerJobHandlers(async (boss) => {
  for (let i = 0; i < SYNC_WORKERS; i++) {
    await boss.work<SyncJobData>(QUEUES.syncConnection, { pollingIntervalSeconds: 1 }, async (jobs) => {
      const outputs = [];
      for (const job of jobs) outputs.push(await handleSyncJob(job));
      return outputs.length === 1 ? outputs[0] : outputs;
    });
  }
  if (SCHEDULER) {
    await boss.work(QUEUES.scheduleSyncs, logged("schedule-syncs", () => enqueueDueSyncs()));
    await boss.schedule(QUEUES.scheduleSyncs, "* * * * *");
  }
  await boss.work(QUEUES.recoverRuns, logged("recover-runs", () => recoverInterruptedRuns()));
  await boss.schedule(QUEUES.recoverRuns, "*/2 * * * *");
  // purge-results (retention) is registered by lib/monitoring/register-purge-results.ts
  // Runs a previous process left behind (killed mid-run) are closed right away.
  void logged("recover-runs", () => recoverInterruptedRuns())().catch(() => {});
});
