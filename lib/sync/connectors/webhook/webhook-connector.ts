import { createHash } from "node:crypto";
import type { WebhookEvent } from "@/lib/connections/settings";
import type { SourceValues } from "@/lib/sync/engine/map-employee";
import type { TargetClient } from "@/lib/sync/engine/target-client";
import { errorCodeFor } from "@/lib/sync/engine/sync-errors";
import type { Attributes, LinkWrite, Operation, Outcome } from "@/lib/sync/engine/types";
import type { Connector, ConnectorItem } from "../types";
import { scimErrorMessage } from "../scim/scim-url";
import { signWebhook } from "./test-connection";

/** The employee fields an event carries: work data only, never personal contact data or salary. */
const FIELDS = ["employeeNumber", "email", "firstName", "lastName", "displayName", "position", "department", "office", "employmentType", "managerExternalId", "active"] as const;

/** The target's id for the employee, when a 2xx answer names one: it becomes the link. */
function accountIdOf(body: unknown): string | null {
  if (!body || typeof body !== "object") return null;
  const b = body as { id?: unknown; accountId?: unknown; data?: { id?: unknown } };
  const id = b.accountId ?? b.id ?? b.data?.id;
  return typeof id === "string" || typeof id === "number" ? String(id) : null;
}

/**
 * Signed event delivery per the Standard Webhooks spec: employee.provisioned,
 * employee.updated, employee.deactivated. The webhook-id stays the same across
 * retries of one delivery; each attempt is signed with its own timestamp.
 */
export function createWebhookConnector(options: { url: string; signingSecret: string; events: WebhookEvent[]; client: TargetClient; connectionId: string }): Connector {
  const subscribed = new Set(options.events);

  async function deliver(item: ConnectorItem, event: WebhookEvent, operation: Operation, data: Record<string, unknown>, pushed: Attributes, message: string): Promise<Outcome> {
    const linkWrite = (externalId: string | null): LinkWrite => ({ externalId, externalUserName: null, pushedAttributes: pushed, active: pushed.active !== false, etag: null });
    if (!subscribed.has(event)) {
      return { operation: null, status: "skipped", message: `${event} is not subscribed by this connection`, errorCode: null, link: linkWrite(item.link?.externalId ?? null) };
    }
    const content = { employeeId: item.employee.id, accountId: item.link?.externalId ?? null, ...data };
    // The same change keeps its webhook-id across retries and across runs (a delivery that timed out
    // but arrived is sent again by the next run), so a receiver that deduplicates by id applies it once.
    const id = `msg_${createHash("sha256").update(JSON.stringify([options.connectionId, event, item.link?.pushedHash ?? null, content])).digest("hex").slice(0, 32)}`;
    const payload = JSON.stringify({ type: event, timestamp: new Date().toISOString(), data: content });
    const result = await options.client.request(
      { method: "POST", url: options.url, headers: () => ({ "content-type": "application/json", ...signWebhook(options.signingSecret, payload, id) }), rawBody: payload },
      item.trace,
    );
    if (result.exchange.request) result.exchange.request.body = JSON.parse(payload);
    if (result.status < 200 || result.status >= 300) {
      return { operation, status: "failed", message: scimErrorMessage(result.status, result.body), errorCode: errorCodeFor(result.status, result.body), exchange: result.exchange };
    }
    const accountId = accountIdOf(result.body) ?? item.link?.externalId ?? null;
    return { operation, status: "succeeded", message: `${message}${accountId ? ` (account ${accountId})` : ""}`, errorCode: null, link: linkWrite(accountId) };
  }

  const changes = (item: ConnectorItem) => {
    const before = (item.link?.pushedAttributes ?? {}) as Attributes;
    return Object.keys(item.desired).filter((k) => item.desired[k] !== (before[k] ?? null));
  };

  return {
    kind: "webhook",
    mapAttributes(values: SourceValues) {
      return Object.fromEntries(FIELDS.map((field) => [field, values[field] ?? null]));
    },
    isLinked: (link) => Boolean(link && (link.pushedHash || link.externalId)),
    validate: () => null,
    findExisting: async (items) => new Map(items.map((item) => [item.employee.id, { kind: "none" as const }])),
    provision: (item) => deliver(item, "employee.provisioned", "provision", { attributes: item.desired }, item.desired, "Delivered employee.provisioned"),
    link: (item) => deliver(item, "employee.provisioned", "provision", { attributes: item.desired }, item.desired, "Delivered employee.provisioned"),
    update(item, { reactivate }) {
      const changed = changes(item);
      const message = reactivate ? "Delivered employee.updated (reactivated, rehire)" : `Delivered employee.updated (${changed.join(", ")})`;
      return deliver(item, "employee.updated", "update", { attributes: item.desired, changed, reactivated: reactivate }, item.desired, message);
    },
    deactivate(item, { reason }) {
      const pushed = { ...((item.link?.pushedAttributes ?? item.desired) as Attributes), active: false };
      return deliver(item, "employee.deactivated", "deactivate", { attributes: pushed, reason }, pushed, `Delivered employee.deactivated: ${reason}`);
    },
  };
}
