import express from "express";
import { listen } from "./listen";
import { Webhook } from "standardwebhooks";

export type ReceivedEvent = { id: string; type: string; data: Record<string, unknown>; verified: boolean };

/**
 * A webhook endpoint for tests: verifies every delivery with the `standardwebhooks`
 * package (the spec's reference implementation), answers 401 to a bad signature,
 * and records what it received. `respond` can override the answer per event;
 * `faults.delayMs` slows every answer; `kill()` drops every connection at once.
 */
export async function startWebhookReceiver(options: {
  secret: string;
  respond?: (event: ReceivedEvent) => { status: number; body?: unknown } | undefined;
}): Promise<{ url: string; events: ReceivedEvent[]; rejected: number; faults: { delayMs: number }; stop: () => Promise<void>; kill: () => Promise<void> }> {
  const verifier = new Webhook(options.secret);
  const state = { events: [] as ReceivedEvent[], rejected: 0 };
  const faults = { delayMs: 0 };
  const app = express();
  app.post("/hooks", express.text({ type: "*/*", limit: "1mb" }), async (req, res) => {
    if (faults.delayMs > 0) await new Promise((r) => setTimeout(r, faults.delayMs));
    let payload: { type: string; data: Record<string, unknown> };
    try {
      payload = verifier.verify(req.body as string, req.headers as Record<string, string>) as typeof payload;
    } catch {
      state.rejected += 1;
      res.status(401).json({ error: "invalid signature" });
      return;
    }
    const event: ReceivedEvent = { id: String(req.header("webhook-id")), type: payload.type, data: payload.data, verified: true };
    state.events.push(event);
    const answer = options.respond?.(event) ?? { status: 200, body: { ok: true } };
    res.status(answer.status).json(answer.body ?? {});
  });
  const server = await listen(app);
  return {
    url: `http://127.0.0.1:${server.port}/hooks`,
    events: state.events,
    get rejected() {
      return state.rejected;
    },
    faults,
    stop: server.stop,
    kill: server.kill,
  };
}
