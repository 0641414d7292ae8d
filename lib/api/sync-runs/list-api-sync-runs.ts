import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { syncResults, syncRuns, type SyncResult, type SyncRun } from "@/db/schema";
import { decodeCursor, encodeCursor, fromMicros, micros, microsOf, uuid } from "../cursor";
import type { ApiClient } from "../endpoint";
import { isUuid } from "../is-uuid";
import { ApiProblem } from "../problem";
import { serializeSyncResult, serializeSyncRun } from "./serialize-sync-run";

const runCursor = z.tuple([micros, uuid]);
const resultCursor = z.tuple([uuid, z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]);

/** Runs the client may see: its organization's; only its own connection's for partner credentials. */
function visible(client: ApiClient): SQL[] {
  const filters: SQL[] = [eq(syncRuns.organizationId, client.organizationId)];
  if (client.connectionId) filters.push(eq(syncRuns.connectionId, client.connectionId));
  return filters;
}

export async function listApiSyncRuns(options: {
  client: ApiClient;
  connectionId?: string;
  status?: SyncRun["status"];
  cursor?: string;
  limit: number;
}) {
  const filters = visible(options.client);
  if (options.connectionId) filters.push(eq(syncRuns.connectionId, options.connectionId));
  if (options.status) filters.push(eq(syncRuns.status, options.status));
  const after = decodeCursor(runCursor, options.cursor);
  if (after) filters.push(sql`(${syncRuns.startedAt}, ${syncRuns.id}) < (${fromMicros(after[0])}, ${after[1]}::uuid)`);
  const rows = await db
    .select({ run: syncRuns, sortKey: microsOf(syncRuns.startedAt) })
    .from(syncRuns)
    .where(and(...filters))
    .orderBy(desc(syncRuns.startedAt), desc(syncRuns.id))
    .limit(options.limit + 1);
  const pageRows = rows.slice(0, options.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    data: pageRows.map((row) => serializeSyncRun(row.run)),
    next_cursor: rows.length > options.limit && last ? encodeCursor([Number(last.sortKey), last.run.id]) : null,
  };
}

export async function getApiSyncRunRow(options: { client: ApiClient; runId: string }): Promise<SyncRun> {
  if (!isUuid(options.runId)) throw new ApiProblem("not_found", "No sync run with this id.");
  const [run] = await db
    .select()
    .from(syncRuns)
    .where(and(...visible(options.client), eq(syncRuns.id, options.runId)))
    .limit(1);
  if (!run) throw new ApiProblem("not_found", "No sync run with this id.");
  return run;
}

/** Per-employee results of a run, by employee (the index order), optionally one status only. */
export async function listApiSyncResults(options: {
  client: ApiClient;
  runId: string;
  status?: SyncResult["status"];
  cursor?: string;
  limit: number;
}) {
  const run = await getApiSyncRunRow({ client: options.client, runId: options.runId });
  const filters: SQL[] = [eq(syncResults.organizationId, run.organizationId), eq(syncResults.runId, run.id)];
  if (options.status) filters.push(eq(syncResults.status, options.status));
  const after = decodeCursor(resultCursor, options.cursor);
  if (after) filters.push(sql`(${syncResults.employeeId}, ${syncResults.id}) > (${after[0]}::uuid, ${after[1]}::bigint)`);
  const rows = await db
    .select()
    .from(syncResults)
    .where(and(...filters))
    .orderBy(asc(syncResults.employeeId), asc(syncResults.id))
    .limit(options.limit + 1);
  const pageRows = rows.slice(0, options.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    data: pageRows.map(serializeSyncResult),
    next_cursor: rows.length > options.limit && last ? encodeCursor([last.employeeId, last.id]) : null,
  };
}
