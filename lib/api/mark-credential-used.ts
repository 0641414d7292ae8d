import { eq } from "drizzle-orm";
import { db } from "@/db";
import { apiCredentials } from "@/db/schema";
import { activatePartnerConnection } from "@/lib/connections/set-connection-status";
import type { AuthenticatedClient } from "./authenticate-client";

/** "Last used" is kept to the minute: one write per credential per minute at most. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * After a successful authenticated call: record the use and, for a partner
 * integration's credentials, finish the connection's set-up (pending -> connected).
 */
export async function markCredentialUsed(client: AuthenticatedClient): Promise<void> {
  const now = Date.now();
  if (!client.lastUsedAt || now - client.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.update(apiCredentials).set({ lastUsedAt: new Date(now) }).where(eq(apiCredentials.id, client.credentialId));
  }
  if (client.connectionId && client.connectionStatus === "pending") {
    // The call itself succeeded: a connection disconnected meanwhile must not turn it into an error.
    await activatePartnerConnection({
      organizationId: client.organizationId,
      connectionId: client.connectionId,
      credential: { id: client.credentialId, name: client.name },
    }).catch((error) => {
      console.error(JSON.stringify({ level: "error", msg: "partner connection activation failed", connectionId: client.connectionId, err: String(error) }));
    });
  }
}
