import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { connections, integrations } from "@/db/schema";
import { createOrganization } from "@/lib/testing/factories";
import { reencryptSecrets } from "./rotate-key";
import { decryptSecret, encryptSecret } from "./secrets";

describe("rotating ENCRYPTION_KEY", () => {
  it("moves every secret to the new key, a rerun changes nothing, and a row neither key opens rolls all back", async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const org = await createOrganization();
    const [integration] = await db.select({ id: integrations.id }).from(integrations).limit(1);
    const seal = (token: string, key: Buffer) => encryptSecret(JSON.stringify({ token }), key);
    const rows = await db
      .insert(connections)
      .values([1, 2, 3].map((n) => ({ organizationId: org.id, integrationId: integration.id, encryptedSecrets: seal(`t-${n}`, oldKey) })))
      .returning({ id: connections.id });

    expect(await reencryptSecrets(db, oldKey, newKey, { organizationId: org.id })).toEqual({ rotated: 3, alreadyNew: 0 });
    for (const [i, row] of rows.entries()) {
      const [after] = await db.select().from(connections).where(eq(connections.id, row.id));
      expect(JSON.parse(decryptSecret(after.encryptedSecrets!, newKey))).toEqual({ token: `t-${i + 1}` });
      expect(() => decryptSecret(after.encryptedSecrets!, oldKey)).toThrow();
    }
    expect(await reencryptSecrets(db, oldKey, newKey, { organizationId: org.id })).toEqual({ rotated: 0, alreadyNew: 3 });

    const stranger = randomBytes(32);
    await db.update(connections).set({ encryptedSecrets: seal("x", stranger) }).where(eq(connections.id, rows[0].id));
    await expect(reencryptSecrets(db, newKey, oldKey, { organizationId: org.id })).rejects.toThrow();
    const [untouched] = await db.select().from(connections).where(eq(connections.id, rows[1].id));
    expect(JSON.parse(decryptSecret(untouched.encryptedSecrets!, newKey))).toEqual({ token: "t-2" });
  });
});
