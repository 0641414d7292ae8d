import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { Webhook } from "standardwebhooks";

export type ReceivedEvent = { id: string; type: string; data: Record<string, unknown>; verified: boolean };

/**
 * A webhook endpoint for tests: verifies every delivery with the `standardwebhooks`
 * package (the spec's reference implementation), answers 401 to a bad signature,
 * and records what it received. `respond` can override the answer per event.
 */
export async function startWebhookReceiver(options: {
  secret: string;
  respond?: (event: ReceivedEvent) => { status: number; body?: unknown } | undefined;
}): Promise<{ url: string; events: ReceivedEvent[]; rejected: number; stop: () => Promise<void> }> {
  const verifier = new Webhook(options.secret);
  const state = { events: [] as ReceivedEvent[], rejected: 0 };
  const app = express();
  app.post("/hooks", express.text({ type: "*/*", limit: "1mb" }), (req, res) => {
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
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    events: state.events,
    get rejected() {
      return state.rejected;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
