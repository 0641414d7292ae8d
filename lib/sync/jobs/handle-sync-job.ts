import { enqueueSync, type SyncJobData } from "@/lib/sync/enqueue-sync";
import { runSync } from "@/lib/sync/run-sync";

/** A job that finds its connection syncing on another worker comes back after this many seconds. */
const BUSY_RETRY_SECONDS = 15;

/** One sync-connection job: run it, or, when the connection is busy elsewhere, queue it again. */
export async function handleSyncJob(job: { id: string; data: SyncJobData }): Promise<{ status: string; runId?: string; runStatus?: string }> {
  const result = await runSync({ ...job.data, jobId: job.id });
  if (result.status === "busy") {
    await enqueueSync(job.data, { startAfterSeconds: BUSY_RETRY_SECONDS });
    return { status: "busy" };
  }
  if (result.status === "not_runnable") return { status: `not_runnable:${result.reason}` };
  return { status: "ran", runId: result.run.id, runStatus: result.run.status };
}
