import { sql } from "drizzle-orm";
import { db } from "@/db";
import { BOSS_SCHEMA, sendJob } from "@/lib/jobs/boss";
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

/** More employees than this in one waiting job: it becomes a full sync instead. */
const MAX_MERGED_EMPLOYEES = 1000;

/** Two requests for the same connection as one job: a full sync absorbs a limited one, limited ones merge. */
export function mergeSyncJobData(waiting: SyncJobData, incoming: SyncJobData): SyncJobData {
  const ids = waiting.employeeIds && incoming.employeeIds ? [...new Set([...waiting.employeeIds, ...incoming.employeeIds])] : undefined;
  const employeeIds = ids && ids.length <= MAX_MERGED_EMPLOYEES ? ids : undefined;
  const takeIncoming = incoming.trigger === "manual" || (waiting.employeeIds !== undefined && incoming.employeeIds === undefined);
  const merged: SyncJobData = {
    ...waiting,
    trigger: takeIncoming ? incoming.trigger : waiting.trigger,
    requestedByUserId: incoming.requestedByUserId ?? waiting.requestedByUserId,
    retryOfRunId: waiting.retryOfRunId ?? incoming.retryOfRunId,
  };
  if (employeeIds) merged.employeeIds = employeeIds;
  else delete merged.employeeIds;
  if (!merged.retryOfRunId) delete merged.retryOfRunId;
  if (!merged.requestedByUserId) delete merged.requestedByUserId;
  return merged;
}

/**
 * A job for this connection is already waiting: fold this request into it (and start
 * it no later than this request wanted). Returns false when no job waits any more.
 */
async function mergeIntoWaitingJob(data: SyncJobData, startAfterSeconds: number): Promise<boolean> {
  const jobTable = sql`${sql.identifier(BOSS_SCHEMA)}.${sql.identifier("job")}`;
  return db.transaction(async (tx) => {
    // FOR UPDATE: a worker's fetch skips the row (SKIP LOCKED) until the merge is committed.
    const { rows } = await tx.execute<{ id: string; data: SyncJobData }>(sql`
      select id, data from ${jobTable}
      where name = ${QUEUES.syncConnection} and singleton_key = ${data.connectionId} and state = 'created'
      limit 1 for update`);
    if (rows.length === 0) return false;
    const merged = mergeSyncJobData(rows[0].data, data);
    await tx.execute(sql`
      update ${jobTable} set data = ${JSON.stringify(merged)}::jsonb,
        start_after = least(start_after, now() + make_interval(secs => ${startAfterSeconds}))
      where name = ${QUEUES.syncConnection} and id = ${rows[0].id}`);
    return true;
  });
}

/**
 * Queues a sync of one connection. At most one job per connection waits in the queue
 * (policy "short", singletonKey): a second request folds into the waiting one, so
 * "Sync now" twice, or many employee changes, make one run. Only one sync per
 * connection runs at a time, whatever the number of workers (an advisory lock held
 * for the run; a job that finds its connection busy waits and tries again).
 * Returns queued=false when the request was folded into a job already waiting.
 */
export async function enqueueSync(
  data: SyncJobData,
  options: { startAfterSeconds?: number } = {},
): Promise<{ queued: boolean; jobId: string | null }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const jobId = await sendJob(QUEUES.syncConnection, data, {
      singletonKey: data.connectionId,
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    });
    if (jobId) return { queued: true, jobId };
    if (await mergeIntoWaitingJob(data, options.startAfterSeconds ?? 0)) return { queued: false, jobId: null };
  }
  return { queued: false, jobId: null };
}
