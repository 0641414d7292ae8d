import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Database } from "@/db";
import { connections } from "@/db/schema";
import type { AuditActor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import type { TestConnectionResult } from "@/lib/sync/connectors/types";
import { getConnectionOrThrow } from "./get-connection";
import { testStoredConnection } from "./run-connection-test";
import { setConnectionStatus } from "./set-connection-status";
import { scimSettingsSchema, webhookSettingsSchema } from "./settings";

export type FinishOutcome = { status: "connected" } | { status: "failed"; result: TestConnectionResult };

/**
 * The review step's Connect: the settings must be complete, the target is tested once
 * more with what is stored, and only then pending -> connected, first sync due now.
 */
export async function finishConnection(options: { organizationId: string; connectionId: string; actor: AuditActor }): Promise<FinishOutcome> {
  const connection = await getConnectionOrThrow(options);
  const kind = connection.integration.connectorKind;
  if (kind === "partner") throw new AppError("conflict", "partner connections finish with the partner's first API call");
  if (connection.status !== "pending" || connection.wizardStep !== "review") throw new AppError("conflict", "connection is not ready to connect");
  const schema = kind === "scim" ? scimSettingsSchema : webhookSettingsSchema;
  if (!schema.safeParse(connection.settings).success || !connection.hasSecrets) throw new AppError("invalid_input", "settings incomplete");
  const result = await testStoredConnection(options);
  if (!result.ok) return { status: "failed", result };
  await db.transaction(async (tx) => {
    const updated = await setConnectionStatus({ ...options, status: "connected", onlyFrom: ["pending"] }, tx as unknown as Database);
    if (!updated) throw new AppError("conflict", "connection changed meanwhile");
    await tx
      .update(connections)
      .set({ nextSyncAt: new Date() })
      .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)));
  });
  return { status: "connected" };
}
