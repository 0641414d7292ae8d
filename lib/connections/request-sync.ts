import "server-only";
import type { AuditActor } from "@/lib/audit/record-event";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import { enqueueSync } from "@/lib/sync/enqueue-sync";
import { getConnectionOrThrow } from "./get-connection";

/** Sync now: queues a manual run of a connected first-party connection. */
export async function requestSync(options: {
  organizationId: string;
  connectionId: string;
  actor: AuditActor & { type: "user" };
}): Promise<{ queued: boolean }> {
  const connection = await getConnectionOrThrow(options);
  if (connection.status !== "connected" || connection.integration.connectorKind === "partner") {
    throw new AppError("conflict", "only a connected first-party integration can sync now");
  }
  const { queued } = await enqueueSync({
    organizationId: options.organizationId,
    connectionId: options.connectionId,
    trigger: "manual",
    requestedByUserId: options.actor.id,
  });
  await recordAuditEvent({
    organizationId: options.organizationId,
    actor: options.actor,
    action: "connection.sync_requested",
    targetType: "connection",
    targetId: options.connectionId,
    changes: { queued },
  });
  return { queued };
}
