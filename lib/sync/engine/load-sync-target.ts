import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { connections, integrations, type Connection } from "@/db/schema";
import type { ConnectorPreset } from "@/lib/catalog/integration-meta";
import {
  DEFAULT_SCIM_MAPPING,
  scimSecretsSchema,
  scimSettingsSchema,
  webhookSecretsSchema,
  webhookSettingsSchema,
  type EmployeeScope,
  type ScimSecrets,
  type ScimSettings,
  type SourceField,
  type WebhookSecrets,
  type WebhookSettings,
} from "@/lib/connections/settings";
import { openSecrets } from "@/lib/crypto/secrets";
import { AppError } from "@/lib/errors";
import type { LeaverPolicy } from "./employee-state";
import { normalizeMapping } from "./map-employee";
import { ConnectionError } from "./sync-errors";

export type SyncTarget = {
  connection: Connection;
  integration: { id: string; slug: string; name: string; preset: ConnectorPreset };
  scope: EmployeeScope;
  leaverPolicy: LeaverPolicy;
  /** the connection's override, else the catalog preset's documented limit, else unlimited */
  requestsPerSecond: number | null;
} & (
  | { kind: "scim"; scim: { settings: ScimSettings; secrets: ScimSecrets; mapping: Record<string, SourceField> } }
  | { kind: "webhook"; webhook: { settings: WebhookSettings; secrets: WebhookSecrets } }
);

/** Settings or secrets the wizard has not completed: the run fails with words, not a stack trace. */
function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => i.path.join(".") || i.message).join(", ");
  throw new ConnectionError(`The connection's ${what} are incomplete or invalid (${fields}); finish the configuration wizard`, "config.invalid", null);
}

/** A connection, its catalog entry, parsed settings and decrypted secrets: everything a run needs. */
export async function loadSyncTarget(options: { organizationId: string; connectionId: string }): Promise<SyncTarget> {
  const [row] = await db
    .select({ connection: connections, integration: { id: integrations.id, slug: integrations.slug, name: integrations.name, kind: integrations.connectorKind, preset: integrations.connectorPreset } })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)))
    .limit(1);
  if (!row) throw new AppError("not_found", "connection not found");
  const { connection, integration } = row;
  const base = { connection, integration: { id: integration.id, slug: integration.slug, name: integration.name, preset: integration.preset ?? {} } };
  let secrets: Record<string, string>;
  try {
    secrets = openSecrets(connection.encryptedSecrets);
  } catch {
    throw new ConnectionError("The connection's stored credentials cannot be decrypted (was ENCRYPTION_KEY changed?); enter them again", "config.secrets", null);
  }
  const rps = (override: number | undefined) => override ?? integration.preset?.requestsPerSecond ?? null;
  if (integration.kind === "scim") {
    // A mapping in either field spelling; none stored: the catalog preset's, else the SCIM default.
    const raw = (connection.settings as { mapping?: Record<string, string> }).mapping;
    const mapping = normalizeMapping(raw) ?? normalizeMapping(integration.preset?.defaultMapping) ?? DEFAULT_SCIM_MAPPING;
    const settings = parse(scimSettingsSchema, { ...connection.settings, mapping }, "settings");
    return {
      ...base,
      kind: "scim",
      scope: settings.scope,
      leaverPolicy: settings.leaverPolicy,
      requestsPerSecond: rps(settings.requestsPerSecond),
      scim: { settings, secrets: parse(scimSecretsSchema, secrets, "credentials"), mapping: settings.mapping },
    };
  }
  if (integration.kind === "webhook") {
    const settings = parse(webhookSettingsSchema, connection.settings, "settings");
    return {
      ...base,
      kind: "webhook",
      scope: settings.scope,
      leaverPolicy: "deactivate_on_last_day",
      requestsPerSecond: rps(settings.requestsPerSecond),
      webhook: { settings, secrets: parse(webhookSecretsSchema, secrets, "credentials") },
    };
  }
  throw new AppError("invalid_input", "partner integrations report their own sync runs through the API");
}
