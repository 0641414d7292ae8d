import { and, eq, isNotNull } from "drizzle-orm";
import type { Database } from "@/db";
import { connections } from "@/db/schema";
import { decryptSecret, encryptSecret } from "./secrets";

export function parseKey(raw: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, "hex") : Buffer.from(raw, "base64");
  if (key.length !== 32) throw new Error("a key must decode to 32 bytes");
  return key;
}

/**
 * Re-seals every connection's secrets from the old key to the new one, in one
 * transaction: either all rows move to the new key or none does (optionally one
 * organization at a time). Rows already
 * sealed with the new key are left alone, so a rerun after a failure is safe.
 */
export async function reencryptSecrets(
  db: Database,
  oldKey: Buffer,
  newKey: Buffer,
  options: { organizationId?: string } = {},
): Promise<{ rotated: number; alreadyNew: number }> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: connections.id, sealed: connections.encryptedSecrets })
      .from(connections)
      .where(
        and(
          isNotNull(connections.encryptedSecrets),
          options.organizationId ? eq(connections.organizationId, options.organizationId) : undefined,
        ),
      )
      .for("update");
    let rotated = 0;
    let alreadyNew = 0;
    for (const row of rows) {
      let plaintext: string;
      try {
        plaintext = decryptSecret(row.sealed!, oldKey);
      } catch {
        decryptSecret(row.sealed!, newKey); // throws if neither key opens it: the transaction rolls back
        alreadyNew += 1;
        continue;
      }
      await tx.update(connections).set({ encryptedSecrets: encryptSecret(plaintext, newKey) }).where(eq(connections.id, row.id));
      rotated += 1;
    }
    return { rotated, alreadyNew };
  });
}
