import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { connections, integrations } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isUuid } from "./cursor";

export type MonitoredConnection = {
  id: string;
  status: "pending" | "connected" | "inactive";
  inactiveReason: string | null;
  disconnectedAt: Date | null;
  integrationName: string;
  integrationSlug: string;
  integrationLogo: string;
  monitoringAvailable: boolean;
};

/** A connection of the organization with its catalog entry; another tenant's id is "not found". */
export async function getMonitoredConnectionOrThrow(options: { organizationId: string; connectionId: string }): Promise<MonitoredConnection> {
  if (!isUuid(options.connectionId)) throw new AppError("not_found", "connection not found");
  const [row] = await db
    .select({
      id: connections.id,
      status: connections.status,
      inactiveReason: connections.inactiveReason,
      disconnectedAt: connections.disconnectedAt,
      integrationName: integrations.name,
      integrationSlug: integrations.slug,
      integrationLogo: integrations.logo,
      // partner integrations report their runs through the public API: they are always monitored
      monitoringAvailable: sql<boolean>`(${integrations.monitoringAvailable} or ${integrations.connectorKind} = 'partner')`,
    })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)))
    .limit(1);
  if (!row) throw new AppError("not_found", "connection not found");
  return row;
}
