import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { spawnEmbeddedDb } from "@/scripts/lib/test-databases";

const root = process.cwd();

/**
 * A database and an app server of a test's own, for fault tests that stop the
 * database: an embedded PostgreSQL in a child process and `next start` on the
 * production build, both on loopback ports given by the test.
 */
export async function startOwnDatabase(name: string, port: number, fresh = true) {
  const dataDir = path.join(root, ".test-data", `${name}-pg`);
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  const db = await spawnEmbeddedDb(root, dataDir, port);
  return { ...db, dataDir };
}

/** Migrates and seeds in a process of its own: the seed's demo syncs use the process-wide database client. */
export function migrateAndSeed(url: string): void {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/seed.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url },
  });
  if (result.status !== 0) throw new Error(`seeding ${url} failed (exit ${result.status})`);
}

/** Kills the postmaster with SIGKILL: an unclean stop, as a crash or power loss would. */
export function killPostgresUncleanly(dataDir: string): void {
  const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGKILL");
}

export function startAppServer(port: number, env: Record<string, string>): ChildProcess {
  return spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    // production mode refuses loopback targets (SSRF guard); the tests' targets run on loopback
    env: { ...process.env, ALLOW_LOOPBACK_TARGETS: "true", NEXTAUTH_URL: `http://127.0.0.1:${port}`, ...env },
  });
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
