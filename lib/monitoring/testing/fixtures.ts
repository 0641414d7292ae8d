import { eq } from "drizzle-orm";
import { db } from "@/db";
import {
  connections,
  integrations,
  syncResults,
  syncRuns,
  type Connection,
  type HttpExchange,
  type NewSyncResult,
  type SyncRun,
  type SyncRunCounts,
} from "@/db/schema";

/**
 * Builders for monitoring tests (unit and browser): a connection to a catalog
 * integration, runs and per-employee results written straight to the tables,
 * as the sync engine and partner API would write them.
 */
export async function createConnection(
  organizationId: string,
  overrides: Partial<typeof connections.$inferInsert> & { integrationSlug?: string } = {},
): Promise<Connection> {
  const { integrationSlug = "scim-generic", ...values } = overrides;
  const [integration] = await db.select({ id: integrations.id }).from(integrations).where(eq(integrations.slug, integrationSlug)).limit(1);
  if (!integration) throw new Error(`integration ${integrationSlug} is not seeded`);
  const [connection] = await db
    .insert(connections)
    .values({ organizationId, integrationId: integration.id, status: "connected", settings: { baseUrl: "https://scim.example.test/scim/v2" }, ...values })
    .returning();
  return connection;
}

export function counts(partial: Partial<SyncRunCounts> = {}): SyncRunCounts {
  return { total: 0, provisioned: 0, updated: 0, deactivated: 0, linked: 0, skipped: 0, failed: 0, ...partial };
}

export async function createRun(
  connection: Pick<Connection, "id" | "organizationId">,
  overrides: Partial<typeof syncRuns.$inferInsert> = {},
): Promise<SyncRun> {
  const startedAt = overrides.startedAt ?? new Date();
  const [run] = await db
    .insert(syncRuns)
    .values({
      organizationId: connection.organizationId,
      connectionId: connection.id,
      trigger: "schedule",
      status: "succeeded",
      startedAt,
      finishedAt: new Date(startedAt.getTime() + 42_000),
      counts: counts(),
      ...overrides,
    })
    .returning();
  return run;
}

export async function createResults(run: Pick<SyncRun, "id" | "organizationId" | "connectionId">, rows: Omit<NewSyncResult, "organizationId" | "runId" | "connectionId">[]) {
  if (rows.length === 0) return [];
  return db
    .insert(syncResults)
    .values(rows.map((row) => ({ organizationId: run.organizationId, runId: run.id, connectionId: run.connectionId, ...row })))
    .returning();
}

/** A realistic SCIM 409 from a target that already holds the userName (RFC 7644 §3.12). */
export function scimConflictExchange(userName: string, options: { token?: string } = {}): HttpExchange {
  return {
    request: {
      method: "POST",
      url: "https://scim.example.test/scim/v2/Users",
      headers: { authorization: options.token ? `Bearer ${options.token}` : "[redacted]", "content-type": "application/scim+json" },
      body: {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
        userName,
        name: { givenName: userName.split("@")[0], familyName: "Example" },
        emails: [{ value: userName, type: "work", primary: true }],
        active: true,
      },
    },
    response: {
      status: 409,
      headers: { "content-type": "application/scim+json" },
      body: {
        schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
        status: "409",
        scimType: "uniqueness",
        detail: `userName ${userName} already exists`,
      },
    },
  };
}

/** A SCIM 400 invalidValue for an attribute the target does not accept. */
export function scimInvalidValueExchange(attribute: string, value: string): HttpExchange {
  return {
    request: {
      method: "PATCH",
      url: "https://scim.example.test/scim/v2/Users/2819c223",
      headers: { authorization: "[redacted]", "content-type": "application/scim+json" },
      body: { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", path: attribute, value }] },
    },
    response: {
      status: 400,
      headers: { "content-type": "application/scim+json" },
      body: { schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "400", scimType: "invalidValue", detail: `Attribute '${attribute}' has an invalid value` },
    },
  };
}
