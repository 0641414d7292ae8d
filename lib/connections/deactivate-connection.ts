import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Database } from "@/db";
import { connections } from "@/db/schema";
import type { AuditActor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import { setConnectionStatus } from "./set-connection-status";

/** Deactivate: connected -> inactive ("deactivated by an admin"); its schedule stops. */
export async function deactivateConnection(options: { organizationId: string; connectionId: string; actor: AuditActor }): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await setConnectionStatus(
      { ...options, status: "inactive", reason: "deactivated", onlyFrom: ["connected"] },
      tx as unknown as Database,
    );
    if (!updated) throw new AppError("conflict", "only a connected integration can be deactivated");
    await tx
      .update(connections)
      .set({ nextSyncAt: null })
      .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)));
  });
}
