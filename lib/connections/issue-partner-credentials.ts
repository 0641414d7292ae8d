import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Database } from "@/db";
import { connections } from "@/db/schema";
import { createApiCredential } from "@/lib/api/create-api-credential";
import { scopesForPermissions } from "@/lib/api/scopes";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import { getConnectionOrThrow } from "./get-connection";

/**
 * A partner integration's wizard: API credentials limited to the permissions the admin
 * consented to, tied to the connection. The secret is returned once and stored hashed;
 * the connection stays pending until the partner's first authenticated API call.
 */
export async function issuePartnerCredentials(options: {
  organizationId: string;
  connectionId: string;
  actor: AuditActor;
}): Promise<{ clientId: string; clientSecret: string; scopes: string[] }> {
  const connection = await getConnectionOrThrow(options);
  if (connection.integration.connectorKind !== "partner") throw new AppError("not_found", "not a partner connection");
  if (connection.status !== "pending" || connection.settings.credentialId) throw new AppError("conflict", "credentials already issued");
  const permissions = connection.integration.permissions;
  const scopes = scopesForPermissions(permissions);
  return db.transaction(async (tx) => {
    const { credential, clientSecret } = await createApiCredential(
      {
        organizationId: options.organizationId,
        name: `${connection.integration.name} (Marketplace)`,
        scopes,
        employeeFields: [...new Set(permissions.map((p) => p.field))],
        connectionId: connection.id,
        actor: options.actor,
      },
      tx as unknown as Database,
    );
    await tx
      .update(connections)
      .set({ settings: { ...connection.settings, credentialId: credential.id }, updatedAt: new Date() })
      .where(and(eq(connections.id, connection.id), eq(connections.organizationId, options.organizationId)));
    await recordAuditEvent(
      {
        organizationId: options.organizationId,
        actor: options.actor,
        action: "connection.credentials_issued",
        targetType: "connection",
        targetId: connection.id,
        changes: { clientId: credential.clientId, scopes },
      },
      tx,
    );
    return { clientId: credential.clientId, clientSecret, scopes };
  });
}
