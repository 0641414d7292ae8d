import { db as defaultDb, type Database } from "@/db";
import { apiCredentials, type ApiCredential } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { generateClientCredentials, hashClientSecret } from "./client-secret";
import type { ApiScope } from "./scopes";

/**
 * Issues API credentials. The secret is returned once, here, and stored only as a hash.
 * `connectionId` ties a partner integration's credential to its connection.
 */
export async function createApiCredential(
  options: {
    organizationId: string;
    name: string;
    scopes: ApiScope[];
    employeeFields?: string[] | null;
    connectionId?: string | null;
    actor: AuditActor;
  },
  tx: Database = defaultDb,
): Promise<{ credential: ApiCredential; clientSecret: string }> {
  const { clientId, clientSecret } = generateClientCredentials();
  const [credential] = await tx
    .insert(apiCredentials)
    .values({
      organizationId: options.organizationId,
      name: options.name,
      clientId,
      secretHash: hashClientSecret(clientSecret),
      scopes: options.scopes,
      employeeFields: options.employeeFields ?? null,
      connectionId: options.connectionId ?? null,
      createdById: options.actor.type === "user" ? options.actor.id : null,
    })
    .returning();
  await recordAuditEvent(
    {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "api_credential.created",
      targetType: "api_credential",
      targetId: credential.id,
      changes: { name: options.name, scopes: options.scopes, employeeFields: options.employeeFields ?? null, connectionId: options.connectionId ?? null },
    },
    tx,
  );
  return { credential, clientSecret };
}
