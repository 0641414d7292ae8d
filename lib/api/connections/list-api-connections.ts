import { and, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { connections, integrations, type Connection } from "@/db/schema";
import { decodeCursor, encodeCursor, fromMicros, micros, microsOf, uuid } from "../cursor";
import type { ApiClient } from "../endpoint";
import { isUuid } from "../is-uuid";
import { ApiProblem } from "../problem";

const cursorSchema = z.tuple([micros, uuid]);

type Row = { connection: Connection; slug: string; name: string };

function serialize({ connection: c, slug, name }: Row) {
  return {
    id: c.id,
    integration: { slug, name },
    status: c.status,
    inactive_reason: c.status === "inactive" ? (c.inactiveReason ?? "deactivated") : null,
    status_changed_at: c.statusChangedAt.toISOString(),
    created_at: c.createdAt.toISOString(),
    last_sync_at: c.lastSyncAt?.toISOString() ?? null,
    last_run_status: c.lastRunStatus,
  };
}

/**
 * The organization's connections (disconnected ones are gone). Credentials issued for a
 * partner connection see only that connection.
 */
function visible(client: ApiClient): SQL[] {
  const filters: SQL[] = [eq(connections.organizationId, client.organizationId), isNull(connections.disconnectedAt)];
  if (client.connectionId) filters.push(eq(connections.id, client.connectionId));
  return filters;
}

const base = () =>
  db
    .select({ connection: connections, slug: integrations.slug, name: integrations.name, sortKey: microsOf(connections.createdAt) })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId));

export async function listApiConnections(options: { client: ApiClient; status?: Connection["status"]; cursor?: string; limit: number }) {
  const filters = visible(options.client);
  if (options.status) filters.push(eq(connections.status, options.status));
  const after = decodeCursor(cursorSchema, options.cursor);
  if (after) filters.push(sql`(${connections.createdAt}, ${connections.id}) < (${fromMicros(after[0])}, ${after[1]}::uuid)`);
  const rows = await base()
    .where(and(...filters))
    .orderBy(desc(connections.createdAt), desc(connections.id))
    .limit(options.limit + 1);
  const pageRows = rows.slice(0, options.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    data: pageRows.map(serialize),
    next_cursor: rows.length > options.limit && last ? encodeCursor([Number(last.sortKey), last.connection.id]) : null,
  };
}

export async function getApiConnection(options: { client: ApiClient; connectionId: string }) {
  if (!isUuid(options.connectionId)) throw new ApiProblem("not_found", "No connection with this id.");
  const [row] = await base()
    .where(and(...visible(options.client), eq(connections.id, options.connectionId)))
    .limit(1);
  if (!row) throw new ApiProblem("not_found", "No connection with this id.");
  return serialize(row);
}
