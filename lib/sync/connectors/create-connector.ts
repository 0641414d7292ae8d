import type { SyncTarget } from "@/lib/sync/engine/load-sync-target";
import { TargetClient } from "@/lib/sync/engine/target-client";
import type { RetryPolicy } from "@/lib/sync/engine/retry-policy";
import { createScimConnector } from "./scim/scim-connector";
import type { Connector } from "./types";
import { createWebhookConnector } from "./webhook/webhook-connector";

export type ConnectorTuning = { concurrency: number; retry?: Partial<RetryPolicy>; timeoutMs?: number; fetchImpl?: typeof fetch };

/** The connector for a target's kind, with its own request budget and retry policy. */
export function createConnector(target: SyncTarget, options: ConnectorTuning): Connector {
  const common = { requestsPerSecond: target.requestsPerSecond, retry: options.retry, timeoutMs: options.timeoutMs, fetchImpl: options.fetchImpl };
  if (target.kind === "scim") {
    const client = new TargetClient({ ...common, expect: "json", headers: { authorization: `Bearer ${target.scim.secrets.token}` } });
    return createScimConnector({ baseUrl: target.scim.settings.baseUrl, mapping: target.scim.mapping, client, concurrency: options.concurrency });
  }
  const client = new TargetClient({ ...common, expect: "not-html" });
  return createWebhookConnector({
    url: target.webhook.settings.url,
    signingSecret: target.webhook.secrets.signingSecret,
    events: target.webhook.settings.events,
    client,
    connectionId: target.connection.id,
  });
}
