import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { apiCredentials } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { setConnectionStatus } from "@/lib/connections/set-connection-status";
import { generateClientCredentials, hashClientSecret } from "./client-secret";
import { getApiCredentialOrThrow } from "./list-api-credentials";
import { revocableConnection } from "./revocable-connection";

/**
 * Issues a new secret (returned once) and revokes the old one and every token issued
 * with it at once. A partner connection using these credentials becomes inactive,
 * reason "credentials rotated", until an admin reactivates it.
 */
export async function rotateApiCredential(options: {
  organizationId: string;
  credentialId: string;
  actor: AuditActor;
}): Promise<{ clientId: string; clientSecret: string }> {
  const current = await getApiCredentialOrThrow(options);
  const { clientSecret } = generateClientCredentials();
  await db.transaction(async (tx) => {
    await tx
      .update(apiCredentials)
      .set({ secretHash: hashClientSecret(clientSecret), tokenVersion: sql`${apiCredentials.tokenVersion} + 1`, rotatedAt: new Date() })
      .where(and(eq(apiCredentials.organizationId, options.organizationId), eq(apiCredentials.id, current.id)));
    await recordAuditEvent(
      { organizationId: options.organizationId, actor: options.actor, action: "api_credential.rotated", targetType: "api_credential", targetId: current.id },
      tx,
    );
    const connectionId = await revocableConnection({ organizationId: options.organizationId, connectionId: current.connectionId }, tx);
    if (connectionId) {
      await setConnectionStatus(
        { organizationId: options.organizationId, connectionId, status: "inactive", reason: "credentials_rotated", actor: options.actor },
        tx,
      );
    }
  });
  return { clientId: current.clientId, clientSecret };
}
