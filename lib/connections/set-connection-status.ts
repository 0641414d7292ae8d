import { and, eq } from "drizzle-orm";
import { db as defaultDb, type Database } from "@/db";
import { connections, type Connection } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";

export type InactiveReason = "deactivated" | "credentials_rotated" | "credentials_revoked" | "quarantined";

/**
 * The one place a connection's status changes, always with an audit event.
 * Scoped to the organization: another tenant's connection is "not found".
 */
export async function setConnectionStatus(
  options: {
    organizationId: string;
    connectionId: string;
    status: Connection["status"];
    reason?: InactiveReason | null;
    actor: AuditActor;
    /** only change when the connection is currently in one of these states */
    onlyFrom?: Connection["status"][];
  },
  tx: Database = defaultDb,
): Promise<Connection | null> {
  const [current] = await tx
    .select()
    .from(connections)
    .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)))
    .limit(1);
  if (!current || current.disconnectedAt) throw new AppError("not_found", "connection not found");
  if (options.onlyFrom && !options.onlyFrom.includes(current.status)) return null;
  const reason = options.status === "inactive" ? (options.reason ?? "deactivated") : null;
  if (current.status === options.status && current.inactiveReason === reason) return current;
  const [updated] = await tx
    .update(connections)
    .set({
      status: options.status,
      inactiveReason: reason,
      statusChangedAt: new Date(),
      updatedAt: new Date(),
      consecutiveFailures: options.status === "connected" ? 0 : current.consecutiveFailures,
    })
    .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)))
    .returning();
  await recordAuditEvent(
    {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "connection.status_changed",
      targetType: "connection",
      targetId: options.connectionId,
      changes: { status: { from: current.status, to: options.status }, reason },
    },
    tx,
  );
  return updated;
}

/**
 * A partner integration's first authenticated API call finishes its set-up:
 * pending -> connected. Any other state is left alone.
 */
export async function activatePartnerConnection(options: {
  organizationId: string;
  connectionId: string;
  credential: { id: string; name: string };
}): Promise<boolean> {
  const updated = await setConnectionStatus({
    organizationId: options.organizationId,
    connectionId: options.connectionId,
    status: "connected",
    onlyFrom: ["pending"],
    actor: { type: "api_client", id: options.credential.id, label: options.credential.name },
  });
  return updated !== null;
}
