import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { connections, integrations } from "@/db/schema";

/** The organization's partner-integration connections, which credentials can be issued for (to report their syncs). */
export async function listPartnerConnections(options: { organizationId: string }) {
  return db
    .select({ id: connections.id, status: connections.status, integrationName: integrations.name })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(and(eq(connections.organizationId, options.organizationId), eq(integrations.connectorKind, "partner"), isNull(connections.disconnectedAt)))
    .orderBy(asc(integrations.name), asc(connections.createdAt))
    .limit(200);
}

export async function isPartnerConnection(options: { organizationId: string; connectionId: string }): Promise<boolean> {
  const rows = await listPartnerConnections({ organizationId: options.organizationId });
  return rows.some((row) => row.id === options.connectionId);
}
