import type { ChildProcess } from "node:child_process";
import { Pool } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { killPostgresUncleanly, migrateAndSeed, startAppServer, startOwnDatabase, stopChild, waitFor } from "./support/own-server";

const PG_PORT = Number(process.env.FAULT_PG_PORT ?? 54359);
const APP_PORT = Number(process.env.FAULT_APP_PORT ?? 3190);
const base = `http://127.0.0.1:${APP_PORT}`;
const started = Date.now();
const log = (what: string) => console.log(`[faults] ${what} after ${Date.now() - started} ms`);

async function counts(url: string) {
  const pool = new Pool({ connectionString: url });
  try {
    const { rows } = await pool.query(
      "select (select count(*) from users)::int as users, (select count(*) from employees)::int as employees, (select count(*) from integrations)::int as integrations",
    );
    return rows[0];
  } finally {
    await pool.end();
  }
}

/**
 * The sync data a crash may not lose or duplicate: every connection with its settings and sealed
 * secrets, and the finished runs with their results (a finished run's results are durable: its
 * final update commits synchronously). Runs the app's worker starts meanwhile may be added.
 */
async function syncData(url: string) {
  const pool = new Pool({ connectionString: url });
  try {
    const connections = await pool.query("select id, status, settings, encrypted_secrets from connections order by id");
    const runs = await pool.query("select id, status, counts from sync_runs where status <> 'running' order by id");
    const results = await pool.query(
      "select r.run_id, count(*)::int as rows, count(distinct r.employee_id)::int as employees from sync_results r join sync_runs s on s.id = r.run_id where s.status <> 'running' group by r.run_id order by r.run_id",
    );
    return { connections: connections.rows, runs: runs.rows, results: results.rows };
  } finally {
    await pool.end();
  }
}

describe("PostgreSQL stops while the app runs", () => {
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children.reverse()) await stopChild(child);
  });

  it("answers 503 with a clear page while the database is down, recovers without an app restart, and loses or doubles nothing (connections, secrets, runs, results) after an unclean stop", async () => {
    const first = await startOwnDatabase("fault", PG_PORT);
    children.push(first.child);
    const url = first.url;
    log("database started");
    migrateAndSeed(url);
    log("seeded");
    const before = await counts(url);

    const app = startAppServer(APP_PORT, { DATABASE_URL: url });
    children.push(app);
    await waitFor(async () => (await fetch(`${base}/api/health`)).status === 200, 60_000, "the app");
    expect((await fetch(`${base}/signin`)).status).toBe(200);
    log("app up");
    const sync = await syncData(url);
    expect(sync.connections.length).toBeGreaterThan(0);
    expect(sync.runs.length).toBeGreaterThan(0);

    // Unclean stop: the postmaster is killed, as in a crash.
    killPostgresUncleanly(first.dataDir);
    await waitFor(async () => (await fetch(`${base}/signin`)).status === 503, 20_000, "503 while down");
    // dynamic pages answer 503 (the anonymous public catalog is served from its page cache when warm)
    const down = await fetch(`${base}/signin`, { headers: { "accept-language": "de-DE" } });
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    expect(await down.text()).toContain("Marketplace ist kurz nicht erreichbar");
    expect((await fetch(`${base}/api/health`)).status).toBe(503);

    // The database comes back on the same data folder (crash recovery); the app recovers by itself.
    await stopChild(first.child, "SIGKILL");
    const second = await startOwnDatabase("fault", PG_PORT, false);
    children.push(second.child);
    await waitFor(async () => (await fetch(`${base}/signin`)).status === 200, 30_000, "recovery");
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect(await counts(url)).toEqual(before);
    // connections, their encrypted settings, finished runs and their results: none lost, none doubled
    const after = await syncData(url);
    expect(after.connections).toEqual(sync.connections);
    expect(after.runs.filter((run) => sync.runs.some((r) => r.id === run.id))).toEqual(sync.runs);
    expect(after.results.filter((row) => sync.results.some((r) => r.run_id === row.run_id))).toEqual(sync.results);
    expect(after.results.every((row) => row.rows === row.employees)).toBe(true);
  }, 240_000);
});
