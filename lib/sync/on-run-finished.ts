import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { connections, type SyncRun } from "@/db/schema";

/**
 * Called once after every sync run ends (finished, failed, or closed after its worker
 * died). Counts consecutive failed runs on the connection; other features extend this
 * (quarantine after repeated failures, notifications).
 */
export async function onRunFinished(run: SyncRun): Promise<void> {
  await db
    .update(connections)
    .set({ consecutiveFailures: run.status === "failed" ? sql`${connections.consecutiveFailures} + 1` : 0 })
    .where(eq(connections.id, run.connectionId));
}
