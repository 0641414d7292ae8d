import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { connections, integrations } from "@/db/schema";
import type { ConnectorKind } from "@/lib/catalog/integration-meta";
import { openSecrets } from "@/lib/crypto/secrets";
import { AppError } from "@/lib/errors";
import { testScimConnection } from "@/lib/sync/connectors/scim/test-connection";
import type { TestConnectionResult } from "@/lib/sync/connectors/types";
import { testWebhookConnection } from "@/lib/sync/connectors/webhook/test-connection";
import { validateTargetUrl } from "./validate-target-url";

/**
 * "Test connection" / "Test delivery" for any connector kind. Calls the real target;
 * the result carries the target's own words and the redacted exchanges.
 * Partner connections have nothing to call: their test is the partner's first API call.
 */
export async function runConnectionTest(
  kind: ConnectorKind,
  target: { baseUrl?: string; url?: string },
  secrets: Record<string, string>,
): Promise<TestConnectionResult> {
  if (kind === "partner") return { ok: true, summary: {}, exchanges: [] };
  const raw = ((kind === "scim" ? target.baseUrl : target.url) ?? "").trim();
  const check = validateTargetUrl(raw);
  // An address the SSRF guard refuses (e.g. a stored private URL no longer allowed) goes on:
  // the request refuses it before connecting and records the exchange with the reason.
  if (!check.ok && !check.reason) return { ok: false, message: "missing_target", exchanges: [] };
  if (kind === "scim") {
    if (!secrets.token) return { ok: false, message: "missing_secret", exchanges: [] };
    return testScimConnection({ settings: { baseUrl: raw }, secrets: { token: secrets.token } });
  }
  if (!secrets.signingSecret) return { ok: false, message: "missing_secret", exchanges: [] };
  return testWebhookConnection({ settings: { url: raw }, secrets: { signingSecret: secrets.signingSecret } });
}

/** Tests a connection with what it has stored (Connect, Reactivate). */
export async function testStoredConnection(options: { organizationId: string; connectionId: string }): Promise<TestConnectionResult> {
  const [row] = await db
    .select({ kind: integrations.connectorKind, settings: connections.settings, sealed: connections.encryptedSecrets })
    .from(connections)
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)))
    .limit(1);
  if (!row) throw new AppError("not_found", "connection not found");
  const settings = row.settings as { baseUrl?: string; url?: string };
  return runConnectionTest(row.kind, settings, openSecrets(row.sealed));
}
