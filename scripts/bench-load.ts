/**
 * `npm run bench:load`: the production build under a mix of signed-in sessions while
 * three connections sync, all on loopback. Not part of `npm test`.
 *  1. database `<TEST_DB_PREFIX or marketplace>_bench_load` on DATABASE_URL's server (else an
 *     embedded PostgreSQL under .bench-data/), migrated and demo-seeded; the demo company
 *     (Acme) filled up to BENCH_EMPLOYEES (10,000) employees, one user per session, and three
 *     SCIM connections to three empty directories of a scimmy server in its own process;
 *  2. `next start` (built when missing or stale) with its in-process job worker, SYNC_WORKERS=3
 *     so that the three syncs run at once;
 *  3. "Sync now" of the three connections (enqueueSync), and once their runs are running,
 *     BENCH_SESSIONS (50) sessions for BENCH_SECONDS (60): 70 % HR admins walking marketplace,
 *     detail, connected integrations, monitoring and Show details, 30 % support staff walking
 *     the last three; each session has its own user, cookie and keep-alive socket, no think time;
 *  4. per-page latency percentiles, errors (anything but a 200 with the page's content, or no
 *     answer within 60 s), the syncs' throughput during the load and until they finish, and the
 *     server's peak memory (RSS of its process tree every 250 ms). Exits 1 on any error.
 */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { gunzipSync } from "node:zlib";
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb, getPool } from "../db";
import { connections, integrations, organizations, users } from "../db/schema";
import { seedDatabase } from "../db/seed";
import { DEFAULT_SCIM_MAPPING } from "../lib/connections/settings";
import { sealSecrets } from "../lib/crypto/secrets";
import { runMigrations } from "../lib/db/migrate";
import { stopBoss } from "../lib/jobs/boss";
import { enqueueSync } from "../lib/sync/enqueue-sync";
import { needsBuild, runBuild } from "./lib/build";
import { percentile, runBenchmark, signInCookie, startProductionServer, stopProcess, treeCpuSeconds, treeRssMiB, waitForOk } from "./lib/bench-server";
import { ensureLocalSecrets } from "./lib/local-secrets";
import { recreateDatabase, spawnEmbeddedDb } from "./lib/test-databases";

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 3320);
const baseUrl = `http://127.0.0.1:${port}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 50);
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 10_000);
const SYNC_WORKERS = process.env.SYNC_WORKERS ?? "3";
/** The default pool of 10 runs dry under this load: page renders wait over 5 s for a client and fail (see README). */
// The app's own default (db/index.ts) unless given: the benchmark measures what ships.
const POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? "20";
const SYNC_TIMEOUT_SECONDS = Number(process.env.BENCH_SYNC_TIMEOUT_SECONDS ?? 1800);
const REQUEST_TIMEOUT_MS = 60_000;
const TOKEN = "bench-token";
const DETAIL_SLUGS = ["slack", "atlassian", "scim-generic", "lernwerk-academy"];
const children: ChildProcess[] = [];

type Role = "admin" | "support";
type Page = { name: string; path: string; marker?: string };
type Session = { role: Role; cookie: string; agent: http.Agent; pages: Page[] };
type PageStats = { times: number[]; errors: number };
type SyncRow = { connection_id: string; status: string; started_at: Date; finished_at: Date | null; total: number };

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const load = () => os.loadavg().map((l) => fmt(l, 2)).join(" / ");

/** A scimmy server of its own process (scripts/bench/scim-target.ts), one directory per path. */
function startScimTarget(): Promise<string> {
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/bench/scim-target.ts", TOKEN], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.startsWith("{")) resolve(`http://127.0.0.1:${JSON.parse(line).port}`);
    });
    child.on("exit", (code) => reject(new Error(`SCIM target exited with ${code}`)));
  });
}

/** Acme up to EMPLOYEES employees, a user per session (same password as the demo's), three SCIM connections. */
async function prepare(scimOrigin: string): Promise<{ organizationId: string; connectionIds: string[]; adminId: string; emails: Record<Role, string[]> }> {
  const db = getDb();
  const [org] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, "acme"));
  const [admin] = await db.select().from(users).where(eq(users.email, "admin@acme.test"));
  const [{ n, last }] = (await getPool().query("select count(*)::int as n, max(employee_number)::int as last from employees where organization_id = $1", [org.id])).rows;
  // Generated in PostgreSQL, as bench:sync does.
  await db.execute(sql`
    insert into employees (organization_id, employee_number, first_name, last_name, email, position, department, office, hire_date)
    select ${org.id}, ${last} + g,
      (array['Anna','Lukas','Sofia','Jonas','Marie','Felix','Emma','Paul'])[1 + g % 8],
      'Load' || g, 'load' || g || '@acme.test',
      (array['Software Engineer','Account Executive','Recruiter','Designer'])[1 + g % 4],
      (array['Engineering','Sales','People','Product'])[1 + g % 4],
      (array['Munich','Berlin','Madrid','Dublin'])[1 + g % 4],
      date '2020-01-01' + (g % 1000)
    from generate_series(1, ${Math.max(0, EMPLOYEES - n)}) g`);

  const admins = Math.max(1, Math.round(SESSIONS * 0.7));
  const emails: Record<Role, string[]> = {
    admin: ["admin@acme.test", ...Array.from({ length: admins - 1 }, (_, i) => `load-admin-${i + 1}@acme.test`)],
    support: ["support@acme.test", ...Array.from({ length: Math.max(0, SESSIONS - admins - 1) }, (_, i) => `load-support-${i + 1}@acme.test`)].slice(0, SESSIONS - admins),
  };
  const extra = [...emails.admin.slice(1).map((email) => ({ email, rights: admin.rights })), ...emails.support.slice(1).map((email) => ({ email, rights: ["monitoring:view"] }))];
  if (extra.length > 0) {
    await db.insert(users).values(extra.map(({ email, rights }) => ({ email, rights, name: email.split("@")[0], organizationId: org.id, passwordHash: admin.passwordHash })));
  }

  const [scim] = await db.select({ id: integrations.id }).from(integrations).where(eq(integrations.slug, "scim-generic"));
  const rows = await db
    .insert(connections)
    .values(
      [1, 2, 3].map((i) => ({
        organizationId: org.id,
        integrationId: scim.id,
        status: "connected" as const,
        settings: { baseUrl: `${scimOrigin}/d/load-${i}/scim/v2`, mapping: DEFAULT_SCIM_MAPPING },
        encryptedSecrets: sealSecrets({ token: TOKEN }),
        createdById: admin.id,
      })),
    )
    .returning({ id: connections.id });
  await getPool().query("vacuum analyze employees, users, connections");
  return { organizationId: org.id, connectionIds: rows.map((r) => r.id), adminId: admin.id, emails };
}

async function syncRows(connectionIds: string[]): Promise<SyncRow[]> {
  const { rows } = await getPool().query<SyncRow>(
    "select connection_id, status, started_at, finished_at, coalesce((counts->>'total')::int, 0) as total from sync_runs where connection_id = any($1::uuid[])",
    [connectionIds],
  );
  return rows;
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`(gave up waiting for ${what} after ${timeoutMs / 1000} s)`);
  return null;
}

/** GET over the session's own keep-alive socket, as a browser asks (gzip, HTML); body read to the end. */
function get(session: Session, pathname: string): Promise<{ status: number; location: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: pathname, agent: session.agent, headers: { cookie: session.cookie, accept: "text/html", "accept-encoding": "gzip" }, timeout: REQUEST_TIMEOUT_MS },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const body = (res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
          resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? ""), body });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    req.on("error", reject);
    req.end();
  });
}

/** One request; an error is anything but a 200 carrying the page (not sign-in, not "missing rights"). */
async function visit(session: Session, page: Page, stats: Map<string, PageStats>, samples: string[]): Promise<void> {
  const started = performance.now();
  let problem: string | null = null;
  try {
    const res = await get(session, page.path);
    if (res.status !== 200) problem = `${res.status}${res.location ? ` -> ${res.location}` : ""}`;
    else if (res.body.includes('id="missing-rights"')) problem = "missing rights page";
    else if (page.marker && !res.body.includes(page.marker)) problem = `page without ${page.marker}`;
  } catch (error) {
    problem = (error as Error).message;
  }
  const entry = stats.get(page.name) ?? { times: [], errors: 0 };
  stats.set(page.name, entry);
  entry.times.push(performance.now() - started);
  if (problem) {
    entry.errors += 1;
    if (samples.length < 10) samples.push(`${session.role} ${page.path}: ${problem}`);
  }
}

function pagesFor(role: Role, index: number, connectionId: string, runId: string): Page[] {
  const monitoring = `/connections/${connectionId}/monitoring`;
  const common: Page[] = [
    { name: "connected integrations", path: "/connections", marker: 'data-testid="connection-row"' },
    { name: "monitoring (runs)", path: monitoring, marker: 'data-testid="run-trigger"' },
    { name: "Show details (run results)", path: `${monitoring}/runs/${runId}`, marker: `${monitoring}/runs/${runId}` },
  ];
  if (role === "support") return common;
  return [
    { name: "marketplace", path: "/marketplace", marker: 'href="/marketplace/slack"' },
    { name: "marketplace detail", path: `/marketplace/${DETAIL_SLUGS[index % DETAIL_SLUGS.length]}`, marker: 'href="/marketplace"' },
    ...common,
  ];
}

async function main(): Promise<number> {
  ensureLocalSecrets(path.join(root, ".bench-data"));
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await spawnEmbeddedDb(root, path.join(root, ".bench-data", "pg-load"), Number(process.env.BENCH_PG_PORT ?? 3329));
    children.push(embedded.child);
    serverUrl = embedded.url;
  }
  const url = await recreateDatabase(serverUrl, `${process.env.TEST_DB_PREFIX ?? "marketplace"}_bench_load`);
  await runMigrations(url);
  process.env.DATABASE_URL = url;
  await seedDatabase(getDb(), { platformName: process.env.PLATFORM_NAME ?? "Personio" });
  const scimOrigin = await startScimTarget();
  const { organizationId, connectionIds, adminId, emails } = await prepare(scimOrigin);

  if (needsBuild(root)) runBuild(root);
  const server = startProductionServer(root, port, { DATABASE_URL: url, PORT: String(port), SYNC_WORKERS, DATABASE_POOL_SIZE: POOL_SIZE });
  children.push(server);
  await waitForOk(`${baseUrl}/api/health`, 180_000);
  const memory = { idle: treeRssMiB(server.pid!), load: 0, all: 0, measuring: false };
  const sampler = setInterval(() => {
    const mib = treeRssMiB(server.pid!);
    memory.all = Math.max(memory.all, mib);
    if (memory.measuring) memory.load = Math.max(memory.load, mib);
  }, 250);

  const roles: Role[] = [...emails.admin.map(() => "admin" as const), ...emails.support.map(() => "support" as const)];
  const cookies: string[] = [];
  for (const email of [...emails.admin, ...emails.support]) cookies.push(await signInCookie(baseUrl, email, "demo-password"));

  const syncStarted = Date.now();
  for (const connectionId of connectionIds) await enqueueSync({ organizationId, connectionId, trigger: "manual", requestedByUserId: adminId });
  const running = await waitFor("the three runs to start", 120_000, async () => {
    const rows = await syncRows(connectionIds);
    return rows.length === connectionIds.length ? rows : null;
  });
  if (!running) throw new Error("the three syncs did not start");
  const { rows: runs } = await getPool().query<{ id: string; connection_id: string }>("select id, connection_id from sync_runs where connection_id = any($1::uuid[])", [connectionIds]);
  const runOf = new Map(runs.map((r) => [r.connection_id, r.id]));

  const sessions: Session[] = roles.map((role, i) => {
    const connectionId = connectionIds[i % connectionIds.length];
    return { role, cookie: cookies[i], agent: new http.Agent({ keepAlive: true, maxSockets: 1 }), pages: pagesFor(role, i, connectionId, runOf.get(connectionId)!) };
  });
  // Warm-up (not counted): every page once, so first renders and caches are not in the figures.
  const warmStats = new Map<string, PageStats>();
  const warmSamples: string[] = [];
  for (const session of [sessions[0], sessions[sessions.length - 1]]) for (const page of session.pages) await visit(session, page, warmStats, warmSamples);
  if (warmSamples.length > 0) console.log(`warm-up errors:\n${warmSamples.join("\n")}`);

  const loadBefore = load();
  const before = await syncRows(connectionIds);
  const stats = new Map<string, PageStats>();
  const samples: string[] = [];
  memory.measuring = true;
  const cpuBefore = treeCpuSeconds(server.pid!);
  const started = performance.now();
  const end = started + SECONDS * 1000;
  await Promise.all(
    sessions.map(async (session, i) => {
      for (let step = i; performance.now() < end; step++) await visit(session, session.pages[step % session.pages.length], stats, samples);
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpuCores = (treeCpuSeconds(server.pid!) - cpuBefore) / elapsed;
  memory.measuring = false;
  const after = await syncRows(connectionIds);
  const loadDuring = load();

  const done = await waitFor("the syncs to finish", SYNC_TIMEOUT_SECONDS * 1000, async () => {
    const rows = await syncRows(connectionIds);
    return rows.every((r) => r.status !== "running") ? rows : null;
  });
  clearInterval(sampler);
  const final = done ?? (await syncRows(connectionIds));

  const all = [...stats.values()].flatMap((s) => s.times).sort((a, b) => a - b);
  const errors = [...stats.values()].reduce((sum, s) => sum + s.errors, 0);
  const synced = (rows: SyncRow[]) => rows.reduce((sum, r) => sum + r.total, 0);
  const lastFinish = Math.max(...final.map((r) => r.finished_at?.getTime() ?? Date.now()));
  const cpu = os.cpus();
  console.log(`\n# Load benchmark, ${new Date().toISOString()}\n`);
  console.log(
    `${SESSIONS} sessions (${emails.admin.length} HR admins, ${emails.support.length} support staff, one user each) for ${fmt(elapsed)} s, think time 0, while ${connectionIds.length} connections sync ${EMPLOYEES} employees each (SYNC_WORKERS=${SYNC_WORKERS}, DATABASE_POOL_SIZE=${POOL_SIZE}).`,
  );
  console.log(`Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average (1/5/15 min) before ${loadBefore}, at the end of the load ${loadDuring}.\n`);
  console.log("| page | requests | req/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|---:|");
  const order = pagesFor("admin", 0, "", "").map((p) => p.name);
  for (const [name, s] of [...stats].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))) {
    const t = s.times.sort((a, b) => a - b);
    console.log(`| ${name} | ${t.length} | ${fmt(t.length / elapsed)} | ${Math.round(percentile(t, 50))} | ${Math.round(percentile(t, 95))} | ${Math.round(percentile(t, 99))} | ${s.errors} |`);
  }
  console.log(`| **all pages** | ${all.length} | ${fmt(all.length / elapsed)} | ${Math.round(percentile(all, 50))} | ${Math.round(percentile(all, 95))} | ${Math.round(percentile(all, 99))} | ${errors} |`);
  console.log("\n| sync / memory | figure |\n|---|---:|");
  console.log(`| employees synced during the load window (3 runs) | ${synced(after) - synced(before)} in ${fmt(elapsed)} s = ${fmt((synced(after) - synced(before)) / elapsed)}/s |`);
  console.log(`| the three runs | ${final.map((r) => `${r.status} (${r.total} in ${r.finished_at ? fmt((r.finished_at.getTime() - r.started_at.getTime()) / 1000) : "—"} s)`).join(", ")} |`);
  console.log(`| all three synced (Sync now to the last run's end) | ${synced(final)} employees in ${fmt((lastFinish - syncStarted) / 1000)} s = ${fmt(synced(final) / ((lastFinish - syncStarted) / 1000))}/s${done ? "" : " (not finished)"} |`);
  console.log(`| server RSS (process tree): idle / peak during the load / peak until the syncs ended | ${memory.idle} / ${memory.load} / ${memory.all} MiB |`);
  console.log(`| server CPU during the load (process tree, user + system) | ${fmt(cpuCores, 2)} of ${cpu.length} cores |`);
  if (samples.length > 0) console.log(`\nFirst errors:\n${samples.map((s) => `- ${s}`).join("\n")}`);
  const syncsOk = Boolean(done) && final.every((r) => r.status === "succeeded");
  if (!syncsOk) console.log("\nA sync did not succeed (see above).");
  return errors === 0 && syncsOk ? 0 : 1;
}

/** Server first, then the SCIM target, then the embedded database (the reverse of their start). */
runBenchmark(main, async () => {
  await stopBoss().catch(() => {});
  await closeDb().catch(() => {});
  for (const child of [...children].reverse()) await stopProcess(child);
});
