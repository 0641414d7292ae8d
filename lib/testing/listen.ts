import { setMaxListeners } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Response } from "express";
import type express from "express";

/**
 * Listens on loopback; `kill` drops every open connection (a target crashing mid-run).
 * `before` runs first on stop and kill (a peer releases the answers it holds back).
 */
export async function listen(
  app: express.Express,
  port = 0,
  host = "127.0.0.1",
  before?: () => void,
): Promise<{ port: number; stop: () => Promise<void>; kill: () => Promise<void> }> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(port, host, () => resolve(s));
    s.once("error", reject);
  });
  // Longer than clients keep idle sockets: no reset of a socket a client is about to reuse.
  server.keepAliveTimeout = 65_000;
  const close = (force: boolean) =>
    new Promise<void>((resolve) => {
      before?.();
      server.close(() => resolve());
      if (force) return server.closeAllConnections();
      // Answers in flight may finish; then their kept-alive sockets go too.
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 500).unref();
    });
  return { port: (server.address() as AddressInfo).port, stop: () => close(false), kill: () => close(true) };
}

/** What a peer aborts on stop to release the answers it holds back (any number of them). */
export function holdController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

/**
 * A slow target's wait: `ms`, or until the peer stops (`signal`). Resolves true when the
 * peer stopped meanwhile; the request is then dropped, so a test never waits for the full delay.
 */
export function hold(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(true);
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve(signal.aborted);
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}

/** Handle the request now, send its answer `ms` later (a target that applied a write but answers too late). */
export function holdAnswer(res: Response, ms: number, signal: AbortSignal): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    void hold(ms, signal).then((stopped) => (stopped ? res.destroy() : end(...args)));
    return res;
  }) as Response["end"];
}
