import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { syncRuns, type SyncRun } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isUuid } from "./cursor";

/**
 * One run of one connection of the organization. Another company's run, a run of
 * another connection and a malformed id are all "not found" (404, never 403 or 500).
 */
export async function getRunOrThrow(options: { organizationId: string; connectionId: string; runId: string }): Promise<SyncRun> {
  if (!isUuid(options.runId) || !isUuid(options.connectionId)) throw new AppError("not_found", "run not found");
  const [run] = await db
    .select()
    .from(syncRuns)
    .where(
      and(
        eq(syncRuns.id, options.runId),
        eq(syncRuns.organizationId, options.organizationId),
        eq(syncRuns.connectionId, options.connectionId),
      ),
    )
    .limit(1);
  if (!run) throw new AppError("not_found", "run not found");
  return run;
}
