import { randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";
import type { WebhookSecrets, WebhookSettings } from "@/lib/connections/settings";
import { checkAnswer } from "@/lib/sync/engine/sync-errors";
import { httpRequest, NetworkError } from "@/lib/sync/http";
import type { TestConnectionResult } from "../types";

/** Signs a payload per the Standard Webhooks spec: webhook-id, webhook-timestamp, webhook-signature. */
export function signWebhook(secret: string, payload: string, id = `msg_${randomUUID()}`, at = new Date()): Record<string, string> {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, at, payload),
  };
}

/** "Test delivery": one signed `webhook.test` event; any 2xx but an HTML page (a proxy's, not the receiver's) is success. */
export async function testWebhookConnection(options: {
  settings: Pick<WebhookSettings, "url">;
  secrets: WebhookSecrets;
  fetchImpl?: typeof fetch;
}): Promise<TestConnectionResult> {
  const payload = JSON.stringify({ type: "webhook.test", timestamp: new Date().toISOString(), data: { message: "Test delivery from Marketplace" } });
  try {
    const result = await httpRequest({
      method: "POST",
      url: options.settings.url,
      headers: { "content-type": "application/json", ...signWebhook(options.secrets.signingSecret, payload) },
      rawBody: payload,
      timeoutMs: 15_000,
      fetchImpl: options.fetchImpl,
    });
    result.exchange.request!.body = JSON.parse(payload);
    const html = checkAnswer(result, "not-html");
    if (html) return { ok: false, status: result.status, message: html.message, exchanges: [result.exchange] };
    if (result.status >= 200 && result.status < 300) return { ok: true, summary: { status: result.status }, exchanges: [result.exchange] };
    const text = typeof result.body === "string" ? result.body : JSON.stringify(result.body);
    return { ok: false, status: result.status, message: `${result.status}: ${(text || "no body").slice(0, 300)}`, exchanges: [result.exchange] };
  } catch (error) {
    if (error instanceof NetworkError) {
      const message = error.reason === "blocked" ? error.message : `The endpoint could not be reached (${error.reason}): ${error.message}`;
      return { ok: false, message, exchanges: [error.exchange] };
    }
    throw error;
  }
}
