import express from "express";
import { hold, holdAnswer, holdController, listen } from "./listen";
import { Webhook } from "standardwebhooks";

export type ReceivedEvent = { id: string; type: string; data: Record<string, unknown>; verified: boolean };

/**
 * A webhook endpoint for tests: verifies every delivery with the `standardwebhooks`
 * package (the spec's reference implementation), answers 401 to a bad signature,
 * and records what it received. `respond` can override the answer per event (with a
 * `contentType`, the body is sent as it is); `faults.delayMs` slows every answer before
 * the event is recorded, `faults.holdAnswerMs` after it (held answers are dropped on stop);
 * `kill()` drops every connection at once.
 */
export async function startWebhookReceiver(options: {
  secret: string;
  port?: number;
  respond?: (event: ReceivedEvent) => { status: number; body?: unknown; contentType?: string } | undefined;
}): Promise<{ url: string; events: ReceivedEvent[]; rejected: number; faults: { delayMs: number; holdAnswerMs: number }; stop: () => Promise<void>; kill: () => Promise<void> }> {
  const verifier = new Webhook(options.secret);
  const state = { events: [] as ReceivedEvent[], rejected: 0 };
  const faults = { delayMs: 0, holdAnswerMs: 0 };
  const closing = holdController();
  const app = express();
  app.post("/hooks", express.text({ type: "*/*", limit: "1mb" }), async (req, res) => {
    if (faults.delayMs > 0 && (await hold(faults.delayMs, closing.signal))) return void res.destroy();
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
    if (faults.holdAnswerMs > 0) holdAnswer(res, faults.holdAnswerMs, closing.signal);
    const answer = options.respond?.(event) ?? { status: 200, body: { ok: true } };
    if (answer.contentType) return void res.status(answer.status).type(answer.contentType).send(String(answer.body ?? ""));
    res.status(answer.status).json(answer.body ?? {});
  });
  const server = await listen(app, options.port, undefined, () => closing.abort());
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
