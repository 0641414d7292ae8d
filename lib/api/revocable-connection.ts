import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db";
import { connections } from "@/db/schema";

/** The credential's partner connection when it still exists and is not disconnected (else null). */
export async function revocableConnection(
  options: { organizationId: string; connectionId: string | null },
  tx: Pick<Database, "select">,
): Promise<string | null> {
  if (!options.connectionId) return null;
  const [row] = await tx
    .select({ id: connections.id })
    .from(connections)
    .where(and(eq(connections.organizationId, options.organizationId), eq(connections.id, options.connectionId), isNull(connections.disconnectedAt)))
    .limit(1);
  return row?.id ?? null;
}
