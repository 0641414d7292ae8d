import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { db } from "@/db";
import { connections, integrations, type Connection, type Organization } from "@/db/schema";
import { sealSecrets } from "@/lib/crypto/secrets";

/** Runs a server action that ends in redirect() and returns where it redirected to. */
export async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    const result = await promise;
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (!digest?.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";").slice(2, -2).join(";");
  }
}

export async function integrationBySlug(slug: string) {
  const [row] = await db.select().from(integrations).where(eq(integrations.slug, slug)).limit(1);
  expect(row, `catalog entry ${slug}`).toBeDefined();
  return row;
}

/** A connection row straight in the database, e.g. a connected SCIM connection to a test peer. */
export async function insertConnection(
  org: Organization,
  slug: string,
  values: Partial<typeof connections.$inferInsert> & { secrets?: Record<string, string> } = {},
): Promise<Connection> {
  const integration = await integrationBySlug(slug);
  const { secrets, ...rest } = values;
  const [row] = await db
    .insert(connections)
    .values({
      organizationId: org.id,
      integrationId: integration.id,
      status: "connected",
      wizardStep: "review",
      settings: {},
      encryptedSecrets: secrets ? sealSecrets(secrets) : null,
      ...rest,
    })
    .returning();
  return row;
}

export async function reload(id: string): Promise<Connection> {
  const [row] = await db.select().from(connections).where(eq(connections.id, id));
  return row;
}
