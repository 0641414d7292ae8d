/**
 * `npm test`: the whole suite on a real PostgreSQL.
 *  1. the server: DATABASE_URL when given, else an embedded PostgreSQL in a child process;
 *  2. two fresh databases, migrated and seeded: one for unit/integration tests, one for the browser;
 *  3. vitest (unit + integration);
 *  4. the production build, served on a loopback port, driven by Chromium (e2e/);
 *  5. one closing line: "N passed, N failed".
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { closeDb, getDb } from "../db";
import { seedDatabase } from "../db/seed";
import { runMigrations } from "../lib/db/migrate";
import { needsBuild, runBuild } from "./lib/build";
import { ensureLocalSecrets } from "./lib/local-secrets";
import { recreateDatabase, spawnEmbeddedDb } from "./lib/test-databases";

const root = process.cwd();
const dataDir = path.join(root, ".test-data");
// Several test runs may share one server and checkout: TEST_DB_PREFIX, E2E_PORT and NEXT_DIST_DIR keep them apart.
const dbPrefix = process.env.TEST_DB_PREFIX ?? "marketplace";
const only = process.argv[2]; // "unit" or "e2e" to run one part
const filters = process.argv.slice(3); // then vitest file filters, e.g. `npm test -- unit lib/sync`
const children: ChildProcess[] = [];

type Counts = { passed: number; failed: number; ok: boolean };

function runVitest(args: string[], env: NodeJS.ProcessEnv, report: string): Counts {
  rmSync(report, { force: true });
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "vitest"),
    ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { cwd: root, stdio: "inherit", env },
  );
  if (!existsSync(report)) return { passed: 0, failed: 1, ok: false };
  const json = JSON.parse(readFileSync(report, "utf8"));
  // A file that fails to load has no failed test but fails the run: count it once.
  const failed = json.numFailedTests + (json.numFailedTests === 0 && json.success === false ? 1 : 0);
  return { passed: json.numPassedTests, failed, ok: result.status === 0 && failed === 0 && json.success !== false };
}

async function prepare(url: string, platformName: string): Promise<void> {
  await runMigrations(url);
  process.env.DATABASE_URL = url;
  await seedDatabase(getDb(), { platformName });
  await closeDb();
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

async function main(): Promise<number> {
  mkdirSync(dataDir, { recursive: true });
  ensureLocalSecrets(dataDir);
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.PLATFORM_NAME ??= "Personio";
  // The SSRF guard refuses loopback targets in production mode: the seed's sandbox and the browser
  // tests' SCIM peers run on loopback, so the seed (here) and the e2e server (`next start`) allow it.
  process.env.ALLOW_LOOPBACK_TARGETS ??= "true";

  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await spawnEmbeddedDb(root, path.join(dataDir, "pg"), Number(process.env.TEST_PG_PORT ?? 54339));
    children.push(embedded.child);
    serverUrl = embedded.url;
  }
  const totals: Counts = { passed: 0, failed: 0, ok: true };
  const add = (c: Counts) => {
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.ok &&= c.ok;
  };

  if (only !== "e2e") {
    const url = await recreateDatabase(serverUrl, `${dbPrefix}_test`);
    await prepare(url, process.env.PLATFORM_NAME);
    add(runVitest([...filters], { ...process.env, DATABASE_URL: url }, path.join(dataDir, `${dbPrefix}-unit.json`)));
  }

  if (only !== "unit") {
    const url = await recreateDatabase(serverUrl, `${dbPrefix}_e2e`);
    await prepare(url, process.env.PLATFORM_NAME);
    if (needsBuild(root)) runBuild(root);
    const port = Number(process.env.E2E_PORT ?? 3100);
    const baseUrl = `http://127.0.0.1:${port}`;
    const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: url, NEXTAUTH_URL: baseUrl, PORT: String(port) },
    });
    children.push(server);
    await waitForHealth(`${baseUrl}/api/health`, 120_000);
    add(runVitest(["--config", "e2e/vitest.config.ts", ...filters], { ...process.env, DATABASE_URL: url, E2E_BASE_URL: baseUrl }, path.join(dataDir, `${dbPrefix}-e2e.json`)));
  }

  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  return totals.ok ? 0 : 1;
}

async function stopChildren(): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => {
            child.kill("SIGKILL");
            resolve();
          }, 20_000).unref();
        }),
    ),
  );
}

main()
  .then(async (code) => {
    await stopChildren();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(error);
    console.log("\n0 passed, 1 failed");
    await stopChildren();
    process.exit(1);
  });
