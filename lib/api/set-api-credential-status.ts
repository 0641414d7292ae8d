import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { apiCredentials } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { setConnectionStatus } from "@/lib/connections/set-connection-status";
import { getApiCredentialOrThrow } from "./list-api-credentials";
import { revocableConnection } from "./revocable-connection";

/**
 * Disables or enables a credential. Disabled credentials get no tokens and their tokens
 * are refused at once. Disabling a partner connection's credentials makes the connection
 * inactive ("credentials revoked"); enabling them again leaves reactivation to the admin.
 */
export async function setApiCredentialStatus(options: {
  organizationId: string;
  credentialId: string;
  status: "active" | "disabled";
  actor: AuditActor;
}): Promise<void> {
  const current = await getApiCredentialOrThrow(options);
  if (current.status === options.status) return;
  await db.transaction(async (tx) => {
    await tx
      .update(apiCredentials)
      .set({ status: options.status })
      .where(and(eq(apiCredentials.organizationId, options.organizationId), eq(apiCredentials.id, current.id)));
    await recordAuditEvent(
      {
        organizationId: options.organizationId,
        actor: options.actor,
        action: options.status === "disabled" ? "api_credential.disabled" : "api_credential.enabled",
        targetType: "api_credential",
        targetId: current.id,
      },
      tx,
    );
    const connectionId = options.status === "disabled" ? await revocableConnection({ organizationId: options.organizationId, connectionId: current.connectionId }, tx) : null;
    if (connectionId) {
      await setConnectionStatus({ organizationId: options.organizationId, connectionId, status: "inactive", reason: "credentials_revoked", actor: options.actor }, tx);
    }
  });
}
