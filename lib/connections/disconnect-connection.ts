import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Database } from "@/db";
import { apiCredentials, connections } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { getConnectionOrThrow } from "./get-connection";
import { setConnectionStatus } from "./set-connection-status";

/**
 * Disconnect: the schedule stops, the secrets are deleted and a partner's API
 * credentials disabled; the row and its sync history stay for their retention period
 * (hidden from the lists, found by monitoring's purge by age).
 */
export async function disconnectConnection(options: { organizationId: string; connectionId: string; actor: AuditActor }): Promise<void> {
  const connection = await getConnectionOrThrow(options);
  await db.transaction(async (tx) => {
    if (connection.status !== "inactive") {
      await setConnectionStatus({ ...options, status: "inactive", reason: "deactivated" }, tx as unknown as Database);
    }
    const where = and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId));
    await tx.update(connections).set({ disconnectedAt: new Date(), encryptedSecrets: null, nextSyncAt: null, updatedAt: new Date() }).where(where);
    const disabled = await tx
      .update(apiCredentials)
      .set({ status: "disabled" })
      .where(and(eq(apiCredentials.connectionId, options.connectionId), eq(apiCredentials.organizationId, options.organizationId)))
      .returning({ id: apiCredentials.id });
    await recordAuditEvent(
      {
        organizationId: options.organizationId,
        actor: options.actor,
        action: "connection.disconnected",
        targetType: "connection",
        targetId: options.connectionId,
        changes: { secretsRemoved: connection.hasSecrets, apiCredentialsDisabled: disabled.length },
      },
      tx,
    );
  });
}
