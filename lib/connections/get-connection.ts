import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { connections, integrations, type Connection, type Integration } from "@/db/schema";
import { AppError } from "@/lib/errors";

export type ConnectionIntegration = Pick<
  Integration,
  | "id"
  | "slug"
  | "name"
  | "logo"
  | "connectorKind"
  | "connectorPreset"
  | "permissions"
  | "monitoringAvailable"
  | "setupSteps"
  | "providerType"
  | "supportUrl"
  | "developerName"
>;

/** A connection as pages and actions see it: never its secrets, only whether they are set. */
export type ConnectionDetails = Omit<Connection, "encryptedSecrets"> & {
  hasSecrets: boolean;
  integration: ConnectionIntegration;
};

const integrationColumns = {
  id: integrations.id,
  slug: integrations.slug,
  name: integrations.name,
  logo: integrations.logo,
  connectorKind: integrations.connectorKind,
  connectorPreset: integrations.connectorPreset,
  permissions: integrations.permissions,
  monitoringAvailable: integrations.monitoringAvailable,
  setupSteps: integrations.setupSteps,
  providerType: integrations.providerType,
  supportUrl: integrations.supportUrl,
  developerName: integrations.developerName,
};

/**
 * One connection of one organization, with its catalog entry. Another tenant's id,
 * a malformed id and a disconnected connection are all "not found".
 */
export async function getConnectionOrThrow(options: { organizationId: string; connectionId: string }): Promise<ConnectionDetails> {
  if (!z.uuid().safeParse(options.connectionId).success) throw new AppError("not_found", "connection not found");
  const [row] = await db
    .select({ connection: connections, integration: integrationColumns })
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
  if (!row) throw new AppError("not_found", "connection not found");
  const { encryptedSecrets, ...rest } = row.connection;
  return { ...rest, hasSecrets: !!encryptedSecrets, integration: row.integration };
}

/** The catalog entry for a slug, or not found. */
export async function getIntegrationBySlugOrThrow(slug: string): Promise<ConnectionIntegration> {
  const [row] = await db.select(integrationColumns).from(integrations).where(eq(integrations.slug, slug)).limit(1);
  if (!row) throw new AppError("not_found", "integration not found");
  return row;
}

/** The sealed secrets of a connection, for the server-side code that must use them (tests, syncs). */
export async function getSealedSecrets(options: { organizationId: string; connectionId: string }): Promise<string | null> {
  const [row] = await db
    .select({ sealed: connections.encryptedSecrets })
    .from(connections)
    .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)))
    .limit(1);
  return row?.sealed ?? null;
}
