import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type express from "express";

/** Listens on loopback; `kill` drops every open connection (a target crashing mid-run). */
export async function listen(app: express.Express, port = 0, host = "127.0.0.1"): Promise<{ port: number; stop: () => Promise<void>; kill: () => Promise<void> }> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(port, host, () => resolve(s));
    s.once("error", reject);
  });
  // Longer than clients keep idle sockets: no reset of a socket a client is about to reuse.
  server.keepAliveTimeout = 65_000;
  const close = (force: boolean) =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      if (force) return server.closeAllConnections();
      // Answers in flight may finish; then their kept-alive sockets go too.
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 500).unref();
    });
  return { port: (server.address() as AddressInfo).port, stop: () => close(false), kill: () => close(true) };
}
