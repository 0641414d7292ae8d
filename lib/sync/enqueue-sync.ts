import { sendJob } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";

export type SyncTrigger = "schedule" | "manual" | "employee_change" | "retry";

/** What a sync job carries. A retry names the run whose failed employees it re-syncs. */
export type SyncJobData = {
  organizationId: string;
  connectionId: string;
  trigger: SyncTrigger;
  retryOfRunId?: string;
  /** limit the run to these employees (retry of failed rows) */
  employeeIds?: string[];
  requestedByUserId?: string;
};

/**
 * Queues a sync of one connection. The queue allows one active job per connection
 * (singletonKey), so however many workers run, a connection never syncs twice at once.
 * Returns queued=false when an identical job is already waiting.
 */
export async function enqueueSync(data: SyncJobData): Promise<{ queued: boolean; jobId: string | null }> {
  const jobId = await sendJob(QUEUES.syncConnection, data, { singletonKey: data.connectionId });
  return { queued: jobId !== null, jobId };
}
