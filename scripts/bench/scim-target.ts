/**
 * Benchmark target: a scimmy SCIM server in a process of its own (so its CPU is not
 * the engine's), one fresh directory per path /d/<name>/scim/v2, created on first use.
 * GET /_stats answers users and requests per directory. Prints {"port"} when ready.
 */
import express from "express";
import { createScimDirectory, listen, type ScimDirectory } from "../../lib/testing/scim-server";

const TOKEN = process.argv[2] ?? "bench-token";
const directories = new Map<string, ScimDirectory>();
const app = express();
app.set("etag", false);
app.get("/_stats", (_req, res) => {
  res.json(Object.fromEntries([...directories].map(([name, d]) => [name, { users: d.users.size, requests: d.requests.length }])));
});
app.use("/d/:name/scim/v2", (req, res, next) => {
  const name = String(req.params.name);
  if (!directories.has(name)) directories.set(name, createScimDirectory({ token: TOKEN }));
  directories.get(name)!.router(req, res, next);
});

listen(app, Number(process.env.BENCH_SCIM_PORT ?? 0)).then(({ port }) => {
  process.stdout.write(JSON.stringify({ port }) + "\n");
});
process.on("SIGTERM", () => process.exit(0));
