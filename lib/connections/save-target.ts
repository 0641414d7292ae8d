import "server-only";
import { AppError } from "@/lib/errors";
import type { AuditActor } from "@/lib/audit/record-event";
import { openSecrets } from "@/lib/crypto/secrets";
import type { TestConnectionResult } from "@/lib/sync/connectors/types";
import { getConnectionOrThrow, getSealedSecrets } from "./get-connection";
import { runConnectionTest } from "./run-connection-test";
import { updateConnectionSettings } from "./update-connection-settings";
import type { WizardStepId } from "./wizard-steps";

export type TargetStepOutcome =
  | { status: "missing_secret" }
  | { status: "tested"; result: TestConnectionResult }
  | { status: "saved"; result: TestConnectionResult };

/**
 * The credentials step (SCIM: base URL + bearer token) and the endpoint step (webhook:
 * URL, with the generated signing secret). "Test" calls the target with what was typed
 * (an empty secret field means the stored one) and saves nothing; "save" tests the same
 * way and stores only when the target accepted it.
 */
export async function saveTarget(options: {
  organizationId: string;
  connectionId: string;
  actor: AuditActor;
  kind: "scim" | "webhook";
  step: WizardStepId;
  target: { baseUrl: string } | { url: string };
  /** secrets the user typed (non-empty only) */
  typedSecrets: Record<string, string>;
  intent: "test" | "save";
  advance: boolean;
}): Promise<TargetStepOutcome> {
  const connection = await getConnectionOrThrow(options);
  if (connection.integration.connectorKind !== options.kind) throw new AppError("not_found", "no such step for this connection");
  const stored = openSecrets(await getSealedSecrets(options));
  const secrets = { ...stored, ...options.typedSecrets };
  const needed = options.kind === "scim" ? "token" : "signingSecret";
  if (!secrets[needed]) return { status: "missing_secret" };
  const result = await runConnectionTest(options.kind, options.target, secrets);
  if (options.intent === "test" || !result.ok) return { status: "tested", result };
  const changedSecrets = Object.fromEntries(Object.entries(options.typedSecrets).filter(([k, v]) => stored[k] !== v));
  await updateConnectionSettings({
    organizationId: options.organizationId,
    connectionId: options.connectionId,
    actor: options.actor,
    step: options.step,
    settings: options.target,
    secrets: Object.keys(changedSecrets).length > 0 ? changedSecrets : undefined,
    advance: options.advance,
  });
  return { status: "saved", result };
}
