import { and, desc, eq, gte, isNotNull, isNull } from "drizzle-orm";
import { db, type Database } from "@/db";
import { connections, integrations, notifications, syncRuns } from "@/db/schema";
import { setConnectionStatus } from "./set-connection-status";

/** Consecutive failed runs after which a connection is quarantined (QUARANTINE_AFTER_FAILURES, default 5). */
export function quarantineThreshold(): number {
  const value = Number(process.env.QUARANTINE_AFTER_FAILURES);
  return Number.isInteger(value) && value > 0 ? value : 5;
}

/**
 * Called after every finished run: when the last N finished runs since the connection
 * was (re)connected all failed, the connection becomes inactive ("quarantined after
 * repeated failures"), its schedule stops, and the admins get an in-app notice.
 * Returns whether it quarantined. Plain Node (the worker calls it): no Next.js imports.
 */
export async function quarantineIfFailing(options: { organizationId: string; connectionId: string }): Promise<boolean> {
  const threshold = quarantineThreshold();
  const [connection] = await db
    .select({ status: connections.status, since: connections.statusChangedAt, name: integrations.name })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(
      and(
        eq(connections.id, options.connectionId),
        eq(connections.organizationId, options.organizationId),
        isNull(connections.disconnectedAt),
      ),
    )
    .limit(1);
  if (!connection || connection.status !== "connected") return false;
  const recent = await db
    .select({ status: syncRuns.status })
    .from(syncRuns)
    .where(
      and(
        eq(syncRuns.organizationId, options.organizationId),
        eq(syncRuns.connectionId, options.connectionId),
        isNotNull(syncRuns.finishedAt),
        gte(syncRuns.startedAt, connection.since),
      ),
    )
    .orderBy(desc(syncRuns.startedAt), desc(syncRuns.id))
    .limit(threshold);
  if (recent.length < threshold || recent.some((run) => run.status !== "failed")) return false;

  return db.transaction(async (tx) => {
    const updated = await setConnectionStatus(
      { ...options, status: "inactive", reason: "quarantined", onlyFrom: ["connected"], actor: { type: "system", label: "quarantine" } },
      tx as unknown as Database,
    );
    if (!updated) return false;
    await tx
      .update(connections)
      .set({ nextSyncAt: null })
      .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)));
    await tx.insert(notifications).values({
      organizationId: options.organizationId,
      kind: "connection_quarantined",
      connectionId: options.connectionId,
      params: { integration: connection.name, failures: threshold },
    });
    return true;
  });
}
