import "server-only";
import { randomBytes } from "node:crypto";
import type { AuditActor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import { getConnectionOrThrow } from "./get-connection";
import { updateConnectionSettings } from "./update-connection-settings";

/** A Standard Webhooks signing secret: "whsec_" + base64 of 32 random bytes. */
export function generateSigningSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/**
 * Generates (or replaces) a webhook connection's signing secret. The value is returned
 * once, to be shown once; only its sealed form is stored, and the audit names the field only.
 */
export async function replaceSigningSecret(options: {
  organizationId: string;
  connectionId: string;
  actor: AuditActor;
}): Promise<{ signingSecret: string }> {
  const connection = await getConnectionOrThrow(options);
  if (connection.integration.connectorKind !== "webhook") throw new AppError("not_found", "not a webhook connection");
  const signingSecret = generateSigningSecret();
  await updateConnectionSettings({ ...options, step: "endpoint", secrets: { signingSecret } });
  return { signingSecret };
}
