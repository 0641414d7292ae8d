import { and, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { connections, integrations, syncRuns } from "@/db/schema";
import { enqueueSync } from "./enqueue-sync";
import { nextSyncAt } from "./next-sync-at";

/**
 * Every minute: queues a sync for each connected connection whose next sync is due
 * and moves its next sync on. A connection with none planned gets its first sync now,
 * unless it has synced already (e.g. "Sync now" at the end of the wizard): then only
 * its next one is planned. The conditional update makes two schedulers racing on the
 * same connection queue it once.
 */
export async function enqueueDueSyncs(options: { now?: Date; limit?: number; organizationId?: string } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const due = await db
    .select({ id: connections.id, organizationId: connections.organizationId, schedule: connections.schedule, nextSyncAt: connections.nextSyncAt })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(
      and(
        eq(connections.status, "connected"),
        isNull(connections.disconnectedAt),
        inArray(integrations.connectorKind, ["scim", "webhook"]),
        or(isNull(connections.nextSyncAt), lte(connections.nextSyncAt, now)),
        options.organizationId ? eq(connections.organizationId, options.organizationId) : undefined,
      ),
    )
    .orderBy(sql`${connections.nextSyncAt} asc nulls first`)
    .limit(options.limit ?? 500);
  let queued = 0;
  for (const connection of due) {
    const [claimed] = await db
      .update(connections)
      .set({ nextSyncAt: nextSyncAt(connection.schedule, now) })
      .where(and(eq(connections.id, connection.id), connection.nextSyncAt ? eq(connections.nextSyncAt, connection.nextSyncAt) : isNull(connections.nextSyncAt)))
      .returning({ id: connections.id });
    if (!claimed) continue;
    if (!connection.nextSyncAt) {
      const [ran] = await db.select({ id: syncRuns.id }).from(syncRuns).where(eq(syncRuns.connectionId, connection.id)).limit(1);
      if (ran) continue;
    }
    await enqueueSync({ organizationId: connection.organizationId, connectionId: connection.id, trigger: "schedule" });
    queued += 1;
  }
  return queued;
}
