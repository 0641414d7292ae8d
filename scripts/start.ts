/**
 * `npm start`: everything a fresh machine needs, in order. Uses DATABASE_URL when
 * set, else boots the embedded PostgreSQL under .data/; applies migrations, seeds
 * the demo on first run, builds when needed, then serves on PORT (3000) with the
 * job worker in-process. Ctrl-C stops the server, then PostgreSQL, cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { closeDb, getDb } from "../db";
import { seedDatabase } from "../db/seed";
import { validateEnv } from "../lib/config/env";
import { runMigrations } from "../lib/db/migrate";
import { needsBuild, runBuild } from "./lib/build";
import { ensureDatabase, stopWithin } from "./lib/database";
import { ensureLocalSecrets } from "./lib/local-secrets";
import { startSidecars } from "./lib/sidecars";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, ".data"));
const port = Number(process.env.PORT ?? 3000);

async function main() {
  ensureLocalSecrets(dataDir);
  process.env.PLATFORM_NAME ??= "Personio";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  const { url, embedded } = await ensureDatabase({
    dataDir: path.join(dataDir, "pg"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: "marketplace",
  });
  console.log(embedded ? `Embedded PostgreSQL running (data in ${path.join(dataDir, "pg")})` : "Using DATABASE_URL");
  // `npm run worker` on this machine finds the embedded database through this file.
  writeFileSync(path.join(dataDir, "runtime.json"), JSON.stringify({ databaseUrl: url }) + "\n", { mode: 0o600 });

  const running: { server?: ChildProcess } = {};
  let stopping = false;
  // SSRF guard: loopback targets are refused in production mode. The demo's directories live on
  // loopback (the seed's own sandbox while it records the demo history, then the sandbox SCIM
  // directory), so loopback is allowed for the seed, and for the server while the sandbox runs.
  // SANDBOX_SCIM=false (a real deployment) leaves the server refusing loopback; an explicit
  // ALLOW_LOOPBACK_TARGETS wins either way.
  const loopbackSetting = process.env.ALLOW_LOOPBACK_TARGETS;
  process.env.ALLOW_LOOPBACK_TARGETS ??= "true";
  const sidecars = await startSidecars({ dataDir });
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("Shutting down…");
    const server = running.server;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    await sidecars.stop();
    await closeDb();
    if (embedded) await stopWithin(embedded.stop, 15_000);
    console.log("Stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    validateEnv();
    await runMigrations(url);
    const seeded = await seedDatabase(getDb(), { platformName: process.env.PLATFORM_NAME, log: (l) => console.log(`seed: ${l}`) });
    if (seeded.created) console.log("Demo data created (sign in as admin@acme.test / demo-password).");
    await closeDb();
    if (!dev && needsBuild(root)) runBuild(root);
    if (loopbackSetting === undefined && !process.env.SANDBOX_SCIM_URL) delete process.env.ALLOW_LOOPBACK_TARGETS;
    if (process.env.ALLOW_LOOPBACK_TARGETS === "true") console.log("Loopback targets allowed (the demo sandbox runs on loopback; SANDBOX_SCIM=false for real use).");
  } catch (error) {
    console.error(error);
    await shutdown(1);
    return;
  }

  const server = spawn(path.join(root, "node_modules", ".bin", "next"), [dev ? "dev" : "start", "-p", String(port)], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  running.server = server;
  server.on("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });
  console.log(`Marketplace on http://localhost:${port}`);
}

void main();
