import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { apiCredentials } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import { getApiCredentialOrThrow } from "./list-api-credentials";
import type { ApiScope } from "./scopes";

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Renames a credential and changes its scopes and employee fields. A change of scopes
 * bumps the token version, so tokens issued with the old scopes stop working at once.
 */
export async function updateApiCredential(options: {
  organizationId: string;
  credentialId: string;
  name: string;
  scopes: ApiScope[];
  employeeFields: string[] | null;
  actor: AuditActor;
}): Promise<{ tokensRevoked: boolean }> {
  const current = await getApiCredentialOrThrow(options);
  const scopesChanged = !sameSet(current.scopes, options.scopes);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(apiCredentials)
      .set({
        name: options.name,
        scopes: options.scopes,
        employeeFields: options.employeeFields,
        ...(scopesChanged ? { tokenVersion: sql`${apiCredentials.tokenVersion} + 1` } : {}),
      })
      .where(and(eq(apiCredentials.organizationId, options.organizationId), eq(apiCredentials.id, current.id)))
      .returning({ id: apiCredentials.id });
    if (!updated) throw new AppError("not_found", "API credential not found");
    await recordAuditEvent(
      {
        organizationId: options.organizationId,
        actor: options.actor,
        action: "api_credential.updated",
        targetType: "api_credential",
        targetId: current.id,
        changes: {
          name: { from: current.name, to: options.name },
          scopes: { from: current.scopes, to: options.scopes },
          employeeFields: { from: current.employeeFields, to: options.employeeFields },
        },
      },
      tx,
    );
    return { tokensRevoked: scopesChanged };
  });
}
