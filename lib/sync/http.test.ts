import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpRequest, NetworkError } from "./http";

describe("httpRequest against a target that never stops answering", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    const chunk = Buffer.alloc(1024 * 1024, "x");
    server = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once("drain", pump);
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/Users`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("cuts the answer off at 16 MiB as a failure instead of filling the worker's memory", async () => {
    const failure = await httpRequest({ method: "GET", url, timeoutMs: 60_000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NetworkError);
    expect((failure as NetworkError).message).toContain("larger than 16 MiB");
    expect((failure as NetworkError).exchange.request).toMatchObject({ method: "GET", url });
  });
});
