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

export type ReactivateOutcome = { status: "connected" } | { status: "failed"; result: TestConnectionResult };

/**
 * Reactivate: re-tests the stored credentials; inactive -> connected when the target
 * accepts them (next sync due now), else stays inactive with the target's error.
 */
export async function reactivateConnection(options: { organizationId: string; connectionId: string; actor: AuditActor }): Promise<ReactivateOutcome> {
  const connection = await getConnectionOrThrow(options);
  if (connection.status !== "inactive") throw new AppError("conflict", "only an inactive integration can be reactivated");
  const result = await testStoredConnection(options);
  if (!result.ok) return { status: "failed", result };
  await db.transaction(async (tx) => {
    const updated = await setConnectionStatus({ ...options, status: "connected", onlyFrom: ["inactive"] }, tx as unknown as Database);
    if (!updated) throw new AppError("conflict", "connection changed meanwhile");
    await tx
      .update(connections)
      .set({ nextSyncAt: new Date() })
      .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)));
  });
  return { status: "connected" };
}
