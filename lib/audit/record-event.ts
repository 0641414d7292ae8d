import type { Database } from "@/db";
import { db as defaultDb } from "@/db";
import { auditEvents } from "@/db/schema";

export type AuditActor =
  | { type: "user"; id: string; label: string }
  | { type: "api_client"; id: string; label: string }
  | { type: "system"; label?: string };

const SECRET_KEY = /(secret|token|password|authorization|api[-_]?key)/i;

/** Replaces the value of every secret-looking key, at any depth, so audit rows never hold one. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? (v ? "[redacted]" : v) : redactSecrets(v)]),
    );
  }
  return value;
}

export async function recordAuditEvent(
  event: {
    organizationId: string;
    actor: AuditActor;
    action: string;
    targetType: string;
    targetId: string;
    changes?: Record<string, unknown>;
  },
  tx: Pick<Database, "insert"> = defaultDb,
): Promise<void> {
  await tx.insert(auditEvents).values({
    organizationId: event.organizationId,
    actorType: event.actor.type,
    actorId: event.actor.type === "system" ? null : event.actor.id,
    actorLabel: event.actor.label ?? null,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    changes: redactSecrets(event.changes ?? {}) as Record<string, unknown>,
  });
}
