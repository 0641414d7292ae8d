import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { apiCredentials } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { setConnectionStatus } from "@/lib/connections/set-connection-status";
import { getApiCredentialOrThrow } from "./list-api-credentials";
import { revocableConnection } from "./revocable-connection";

/**
 * Deletes a credential: its tokens are refused at once. A partner connection that used it
 * becomes inactive ("credentials revoked"). Runs it reported stay in Monitoring.
 */
export async function deleteApiCredential(options: { organizationId: string; credentialId: string; actor: AuditActor }): Promise<void> {
  const current = await getApiCredentialOrThrow(options);
  await db.transaction(async (tx) => {
    const connectionId = await revocableConnection({ organizationId: options.organizationId, connectionId: current.connectionId }, tx);
    if (connectionId) {
      await setConnectionStatus({ organizationId: options.organizationId, connectionId, status: "inactive", reason: "credentials_revoked", actor: options.actor }, tx);
    }
    await tx.delete(apiCredentials).where(and(eq(apiCredentials.organizationId, options.organizationId), eq(apiCredentials.id, current.id)));
    await recordAuditEvent(
      {
        organizationId: options.organizationId,
        actor: options.actor,
        action: "api_credential.deleted",
        targetType: "api_credential",
        targetId: current.id,
        changes: { name: current.name, clientId: current.clientId },
      },
      tx,
    );
  });
}
