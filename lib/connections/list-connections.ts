import "server-only";
import { and, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { connections, integrations, type Connection } from "@/db/schema";

export type ConnectionListItem = Pick<
  Connection,
  "id" | "status" | "inactiveReason" | "statusChangedAt" | "wizardStep" | "lastSyncAt" | "lastRunStatus" | "nextSyncAt" | "createdAt"
> & {
  /** host of the target (SCIM base URL or webhook endpoint), to tell two connections of one integration apart */
  targetHost: string | null;
  /** a partner connection whose credentials were issued: pending until the partner's first API call */
  awaitingPartner: boolean;
  integration: { slug: string; name: string; logo: string; connectorKind: "scim" | "webhook" | "partner"; monitoringAvailable: boolean };
};

function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

function decodeCursor(cursor: string | undefined): [string, string] | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const ok = Array.isArray(v) && v.length === 2 && !Number.isNaN(Date.parse(v[0])) && /^[0-9a-f-]{36}$/i.test(v[1]);
    return ok ? [v[0], v[1]] : null;
  } catch {
    return null;
  }
}

function hostOf(settings: Record<string, unknown>): string | null {
  const raw = typeof settings.baseUrl === "string" ? settings.baseUrl : typeof settings.url === "string" ? settings.url : null;
  if (!raw) return null;
  try {
    return new URL(raw).host;
  } catch {
    return null;
  }
}

/** Connected integrations of one organization, newest first, keyset-paginated, optionally by status. */
export async function listConnections(options: {
  organizationId: string;
  status?: Connection["status"];
  cursor?: string;
  limit?: number;
}): Promise<{ items: ConnectionListItem[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(options.limit ?? 25, 1), 100);
  const filters: SQL[] = [eq(connections.organizationId, options.organizationId), isNull(connections.disconnectedAt)];
  if (options.status) filters.push(eq(connections.status, options.status));
  const after = decodeCursor(options.cursor);
  if (after) filters.push(sql`(${connections.createdAt}, ${connections.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  const rows = await db
    .select({
      id: connections.id,
      status: connections.status,
      inactiveReason: connections.inactiveReason,
      statusChangedAt: connections.statusChangedAt,
      wizardStep: connections.wizardStep,
      lastSyncAt: connections.lastSyncAt,
      lastRunStatus: connections.lastRunStatus,
      nextSyncAt: connections.nextSyncAt,
      createdAt: connections.createdAt,
      settings: connections.settings,
      integration: {
        slug: integrations.slug,
        name: integrations.name,
        logo: integrations.logo,
        connectorKind: integrations.connectorKind,
        monitoringAvailable: integrations.monitoringAvailable,
      },
    })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(and(...filters))
    .orderBy(desc(connections.createdAt), desc(connections.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(({ settings, ...row }) => ({
    ...row,
    targetHost: hostOf(settings),
    awaitingPartner: row.integration.connectorKind === "partner" && typeof settings.credentialId === "string",
  }));
  return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]) : null };
}
