import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { connections } from "@/db/schema";

export type ConnectionState = { id: string; status: "pending" | "connected" | "inactive" };

/** The organization's live connections by integration id (the newest one per integration). */
export async function getConnectionStatuses(organizationId: string, integrationId?: string): Promise<Map<string, ConnectionState>> {
  const rows = await db
    .select({ id: connections.id, integrationId: connections.integrationId, status: connections.status })
    .from(connections)
    .where(
      and(
        eq(connections.organizationId, organizationId),
        isNull(connections.disconnectedAt),
        integrationId ? eq(connections.integrationId, integrationId) : undefined,
      ),
    )
    .orderBy(desc(connections.createdAt));
  const map = new Map<string, ConnectionState>();
  for (const row of rows) if (!map.has(row.integrationId)) map.set(row.integrationId, { id: row.id, status: row.status });
  return map;
}
