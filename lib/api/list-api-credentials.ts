import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { apiCredentials, connections, integrations, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor, fromMicros, micros, microsOf, uuid } from "./cursor";
import { isUuid } from "./is-uuid";

export type ApiCredentialListItem = {
  id: string;
  name: string;
  clientId: string;
  scopes: string[];
  employeeFields: string[] | null;
  status: "active" | "disabled";
  connectionId: string | null;
  integrationName: string | null;
  createdByName: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  rotatedAt: Date | null;
};

const creator = alias(users, "creator");

function select<X extends Record<string, SQL.Aliased | SQL>>(extra: X = {} as X) {
  return db
    .select({
      ...extra,
      id: apiCredentials.id,
      name: apiCredentials.name,
      clientId: apiCredentials.clientId,
      scopes: apiCredentials.scopes,
      employeeFields: apiCredentials.employeeFields,
      status: apiCredentials.status,
      connectionId: apiCredentials.connectionId,
      integrationName: integrations.name,
      createdByName: creator.name,
      createdAt: apiCredentials.createdAt,
      lastUsedAt: apiCredentials.lastUsedAt,
      rotatedAt: apiCredentials.rotatedAt,
    })
    .from(apiCredentials)
    .leftJoin(creator, eq(creator.id, apiCredentials.createdById))
    .leftJoin(connections, eq(connections.id, apiCredentials.connectionId))
    .leftJoin(integrations, eq(integrations.id, connections.integrationId));
}

const cursorSchema = z.tuple([micros, uuid]);

function readCursor(cursor: string | undefined): [number, string] | null {
  try {
    return decodeCursor(cursorSchema, cursor);
  } catch {
    return null; // a pasted, broken link shows the first page
  }
}

/** The organization's API credentials, newest first, keyset-paged. Never the secret hash. */
export async function listApiCredentials(options: { organizationId: string; cursor?: string; limit?: number }) {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const filters = [eq(apiCredentials.organizationId, options.organizationId)];
  const after = readCursor(options.cursor);
  if (after) filters.push(sql`(${apiCredentials.createdAt}, ${apiCredentials.id}) < (${fromMicros(after[0])}, ${after[1]}::uuid)`);
  const rows = await select({ sortKey: microsOf(apiCredentials.createdAt) })
    .where(and(...filters))
    .orderBy(desc(apiCredentials.createdAt), desc(apiCredentials.id))
    .limit(limit + 1);
  const items: ApiCredentialListItem[] = rows.slice(0, limit).map(({ sortKey: _sortKey, ...item }) => item);
  const last = rows[limit - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([Number(last.sortKey), last.id]) : null };
}

/** One credential of the organization; another organization's id is not found. */
export async function getApiCredentialOrThrow(options: { organizationId: string; credentialId: string }): Promise<ApiCredentialListItem> {
  if (!isUuid(options.credentialId)) throw new AppError("not_found", "API credential not found");
  const [row] = await select()
    .where(and(eq(apiCredentials.organizationId, options.organizationId), eq(apiCredentials.id, options.credentialId)))
    .limit(1);
  if (!row) throw new AppError("not_found", "API credential not found");
  return row;
}
