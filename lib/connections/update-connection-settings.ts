import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { connections, integrations, type Connection, type ConnectionSchedule } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { openSecrets, sealSecrets } from "@/lib/crypto/secrets";
import { AppError } from "@/lib/errors";
import { nextSyncAt } from "./next-sync-at";
import { furthestStep, isStepOf, stepAfter, stepIds, type WizardStepId } from "./wizard-steps";

type Change = { from: unknown; to: unknown };

function diff(before: Record<string, unknown>, patch: Record<string, unknown>): Record<string, Change> {
  const changes: Record<string, Change> = {};
  for (const [key, to] of Object.entries(patch)) {
    const from = before[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from: from ?? null, to };
  }
  return changes;
}

function isAhead(kind: "scim" | "webhook" | "partner", step: WizardStepId, reached: string | null): boolean {
  const ids = stepIds(kind);
  return ids.indexOf(step) > (isStepOf(kind, reached) ? ids.indexOf(reached) : 1);
}

/**
 * Saves one wizard (or Settings) step: merges settings, replaces secrets, changes the
 * schedule, and in the wizard moves the step reached forward. Every change is an
 * audit event naming what changed; secret values never leave this function unsealed.
 */
export async function updateConnectionSettings(options: {
  organizationId: string;
  connectionId: string;
  actor: AuditActor;
  step: WizardStepId;
  settings?: Record<string, unknown>;
  schedule?: ConnectionSchedule;
  secrets?: Record<string, string>;
  /** the wizard's Next: move the step reached past this one */
  advance?: boolean;
}): Promise<Connection> {
  return db.transaction(async (tx) => {
    const where = and(
      eq(connections.id, options.connectionId),
      eq(connections.organizationId, options.organizationId),
      isNull(connections.disconnectedAt),
    );
    const [row] = await tx
      .select({ current: connections, kind: integrations.connectorKind })
      .from(connections)
      .innerJoin(integrations, eq(integrations.id, connections.integrationId))
      .where(where)
      .for("update", { of: connections })
      .limit(1);
    if (!row) throw new AppError("not_found", "connection not found");
    const { current, kind } = row;
    // A step the connector kind does not have is no step of this connection.
    if (!isStepOf(kind, options.step)) throw new AppError("not_found", "no such step");

    const changes = diff(current.settings, options.settings ?? {});
    if (options.schedule && JSON.stringify(options.schedule) !== JSON.stringify(current.schedule)) {
      changes.schedule = { from: current.schedule, to: options.schedule };
    }
    const set: Partial<Connection> = { updatedAt: new Date() };
    if (options.settings) set.settings = { ...current.settings, ...options.settings };
    if (options.schedule) {
      set.schedule = options.schedule;
      if (current.status === "connected" && changes.schedule) set.nextSyncAt = nextSyncAt(options.schedule);
    }
    const secretNames = Object.keys(options.secrets ?? {});
    if (secretNames.length > 0) {
      set.encryptedSecrets = sealSecrets({ ...openSecrets(current.encryptedSecrets), ...options.secrets });
    }
    // Next moves the step reached forward, but never past a step not yet reached.
    if (options.advance && current.status === "pending" && !isAhead(kind, options.step, current.wizardStep)) {
      set.wizardStep = furthestStep(kind, current.wizardStep, stepAfter(kind, options.step) ?? options.step);
    }
    const [updated] = await tx.update(connections).set(set).where(where).returning();

    const audit = { organizationId: options.organizationId, actor: options.actor, targetType: "connection", targetId: options.connectionId };
    if (Object.keys(changes).length > 0) {
      await recordAuditEvent({ ...audit, action: "connection.settings_changed", changes: { step: options.step, ...changes } }, tx);
    }
    if (secretNames.length > 0) {
      const hadSecrets = Object.keys(openSecrets(current.encryptedSecrets));
      const replaced = secretNames.some((name) => hadSecrets.includes(name));
      await recordAuditEvent({ ...audit, action: replaced ? "connection.secret_replaced" : "connection.secret_set", changes: { fields: secretNames } }, tx);
    }
    return updated;
  });
}
