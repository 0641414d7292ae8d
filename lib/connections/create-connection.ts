import "server-only";
import { db } from "@/db";
import { connections, type Connection } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { defaultSettings } from "./default-settings";
import type { ConnectionIntegration } from "./get-connection";
import { stepIds } from "./wizard-steps";

/**
 * Connect, after consenting to the integration's permissions: a pending connection
 * with default settings, its wizard standing at the step after the consent.
 */
export async function createConnection(options: {
  organizationId: string;
  integration: ConnectionIntegration;
  actor: AuditActor & { type: "user" };
}): Promise<Connection> {
  const kind = options.integration.connectorKind;
  return db.transaction(async (tx) => {
    const [connection] = await tx
      .insert(connections)
      .values({
        organizationId: options.organizationId,
        integrationId: options.integration.id,
        status: "pending",
        wizardStep: stepIds(kind)[1] ?? null,
        settings: defaultSettings(kind, options.integration.connectorPreset),
        schedule: { kind: "interval", minutes: 30 },
        createdById: options.actor.id,
      })
      .returning();
    await recordAuditEvent(
      {
        organizationId: options.organizationId,
        actor: options.actor,
        action: "connection.created",
        targetType: "connection",
        targetId: connection.id,
        changes: { integration: options.integration.slug, permissionsConsented: options.integration.permissions },
      },
      tx,
    );
    return connection;
  });
}
