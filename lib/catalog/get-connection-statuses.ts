import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { connections, integrations } from "@/db/schema";

export type ConnectionState = { id: string; status: "pending" | "connected" | "inactive" };

/**
 * The organization's live connections by integration slug (the newest one per integration).
 * Keyed by slug, not id: catalog reads come from the cache, connections never do.
 */
export async function getConnectionStatuses(organizationId: string, slug?: string): Promise<Map<string, ConnectionState>> {
  const rows = await db
    .select({ id: connections.id, slug: integrations.slug, status: connections.status })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(and(eq(connections.organizationId, organizationId), isNull(connections.disconnectedAt), slug ? eq(integrations.slug, slug) : undefined))
    .orderBy(desc(connections.createdAt));
  const map = new Map<string, ConnectionState>();
  for (const row of rows) if (!map.has(row.slug)) map.set(row.slug, { id: row.id, status: row.status });
  return map;
}
