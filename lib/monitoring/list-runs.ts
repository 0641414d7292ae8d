import { and, asc, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { syncRuns, type SyncRun } from "@/db/schema";
import { decodeCursor, encodeCursor, isIsoMicros } from "./cursor";
import type { RunFilters } from "./filters";
import { isoMicros, MONITORING_TIME_ZONE } from "./sql";

export type RunListItem = Omit<SyncRun, "jobId" | "reportedByCredentialId" | "createdAt">;

const SORT = "started_desc";

/** The start of a calendar day in the app's time zone, as a timestamptz expression. */
function dayStart(day: string, plusDays = 0): SQL {
  return sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${MONITORING_TIME_ZONE})`;
}

/**
 * The runs of one connection, newest first, filtered by status and date range,
 * keyset-paginated on (started_at desc, id asc): the order of the index
 * sync_runs_org_connection_started_idx, so each page is one index range scan.
 */
export async function listRuns(options: {
  organizationId: string;
  connectionId: string;
  filters?: RunFilters;
  limit?: number;
}): Promise<{ items: RunListItem[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(options.limit ?? 25, 1), 100);
  const filters = options.filters ?? {};
  const where: SQL[] = [eq(syncRuns.organizationId, options.organizationId), eq(syncRuns.connectionId, options.connectionId)];
  if (filters.status) where.push(eq(syncRuns.status, filters.status));
  if (filters.from) where.push(gte(syncRuns.startedAt, dayStart(filters.from)));
  if (filters.to) where.push(lt(syncRuns.startedAt, dayStart(filters.to, 1)));
  const after = decodeCursor(filters.cursor, SORT, ["string", "string"]);
  if (after && isIsoMicros(after[0])) {
    const [startedAt, id] = after;
    // `<=` alone is the index range; the OR breaks ties on equal start times by id.
    where.push(sql`${syncRuns.startedAt} <= ${startedAt}::timestamptz`);
    where.push(sql`(${syncRuns.startedAt} < ${startedAt}::timestamptz or ${syncRuns.id} > ${id}::uuid)`);
  }
  const rows = await db
    .select({
      id: syncRuns.id,
      organizationId: syncRuns.organizationId,
      connectionId: syncRuns.connectionId,
      trigger: syncRuns.trigger,
      status: syncRuns.status,
      startedAt: syncRuns.startedAt,
      finishedAt: syncRuns.finishedAt,
      counts: syncRuns.counts,
      error: syncRuns.error,
      errorExchange: syncRuns.errorExchange,
      retryOfRunId: syncRuns.retryOfRunId,
      startedAtKey: isoMicros(syncRuns.startedAt),
    })
    .from(syncRuns)
    .where(and(...where))
    .orderBy(desc(syncRuns.startedAt), asc(syncRuns.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor(SORT, [last.startedAtKey, last.id]) : null;
  return { items: page.map(({ startedAtKey: _key, ...run }) => run), nextCursor };
}

/** The latest runs for the chart (status and duration over time), oldest first. */
export async function listRecentRuns(options: { organizationId: string; connectionId: string; limit?: number }) {
  const rows = await db
    .select({ id: syncRuns.id, status: syncRuns.status, trigger: syncRuns.trigger, startedAt: syncRuns.startedAt, finishedAt: syncRuns.finishedAt })
    .from(syncRuns)
    .where(and(eq(syncRuns.organizationId, options.organizationId), eq(syncRuns.connectionId, options.connectionId)))
    .orderBy(desc(syncRuns.startedAt), asc(syncRuns.id))
    .limit(Math.min(options.limit ?? 40, 200));
  return rows.reverse();
}
