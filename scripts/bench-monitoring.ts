/**
 * `npm run bench:monitoring`: server time of the Monitoring queries on a run of
 * 100,000 result rows (10% failed) and 2,000 runs on one connection, and the CSV
 * export's rate and memory. Uses DATABASE_URL's server (a fresh database
 * `<TEST_DB_PREFIX>_bench`), else an embedded PostgreSQL. Prints a Markdown table
 * and EXPLAIN (ANALYZE, BUFFERS) of each query.
 */
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { sql } from "drizzle-orm";
import { closeDb, getDb, getPool } from "../db";
import { seedDatabase } from "../db/seed";
import { runMigrations } from "../lib/db/migrate";
import { resultsCsvStream } from "../lib/monitoring/export-results-csv";
import { encodeCursor } from "../lib/monitoring/cursor";
import { groupRunErrors } from "../lib/monitoring/group-run-errors";
import { listRunResults } from "../lib/monitoring/list-run-results";
import { listRecentRuns, listRuns } from "../lib/monitoring/list-runs";
import { listRunSamples } from "../lib/monitoring/list-run-samples";
import { seedBenchData, type BenchData } from "./lib/bench-monitoring-seed";
import { recreateDatabase, spawnEmbeddedDb } from "./lib/test-databases";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 2_000);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 4);
const REPEAT = 25;

/** Records the SQL each measured call sends, to EXPLAIN it afterwards. */
const captured: { text: string; values: unknown[] }[] = [];
function captureQueries(): void {
  const pool = getPool();
  const original = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const q = args[0] as { text?: string; values?: unknown[] } | string;
    const values = Array.isArray(args[1]) ? (args[1] as unknown[]) : undefined;
    if (typeof q === "object" && q?.text) captured.push({ text: q.text, values: q.values ?? values ?? [] });
    else if (typeof q === "string") captured.push({ text: q, values: values ?? [] });
    return original(...args);
  };
}

async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  captured.length = 0;
  await fn();
  const queries = [...captured];
  return { label, median: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)], queries };
}

async function explain(queries: { text: string; values: unknown[] }[]): Promise<string> {
  const out: string[] = [];
  for (const q of queries) {
    const res = await getPool().query({ text: `explain (analyze, buffers, costs off) ${q.text}`, values: q.values as unknown[] });
    out.push(res.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"));
  }
  return out.join("\n\n");
}

async function exportCsv(data: BenchData, filters: { status?: "failed" }) {
  gc();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 5);
  const start = process.hrtime.bigint();
  const reader = resultsCsvStream({
    organizationId: data.organizationId,
    runId: data.bigRunId,
    filters: { sort: "name", ...filters },
    labels: { headers: ["date", "id", "name", "email", "use", "status", "code", "message"], operation: (o) => o, status: (s) => s },
  }).getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const b of value) if (b === 10) lines++;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  clearInterval(sampler);
  const rows = lines - 1;
  return { rows, ms, bytes, rowsPerSecond: Math.round(rows / (ms / 1000)), rssGrowthMb: (peakRss - before.rss) / 2 ** 20, heapGrowthMb: (peakHeap - before.heapUsed) / 2 ** 20 };
}

async function main() {
  process.env.ALLOW_LOOPBACK_TARGETS ??= "true"; // the demo seed syncs against a loopback sandbox (SSRF guard)
  let serverUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!serverUrl) {
    const embedded = await spawnEmbeddedDb(process.cwd(), path.join(process.cwd(), ".test-data", "pg"), Number(process.env.TEST_PG_PORT ?? 54339));
    serverUrl = embedded.url;
    stop = async () => void embedded.child.kill("SIGTERM");
  }
  const url = await recreateDatabase(serverUrl, `${process.env.TEST_DB_PREFIX ?? "marketplace"}_bench`);
  await runMigrations(url);
  process.env.DATABASE_URL = url;
  await seedDatabase(getDb(), { platformName: "Personio" });
  const t = Date.now();
  const data = await seedBenchData(getDb(), { employees: EMPLOYEES, runs: RUNS, history: HISTORY });
  console.log(`seeded ${EMPLOYEES} employees, ${RUNS} runs, ${EMPLOYEES} result rows in the measured run and ${HISTORY * EMPLOYEES} in earlier runs in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  captureQueries();
  const { organizationId, connectionId, bigRunId: runId } = data;

  // cursors deep in the lists (found with OFFSET here, in the benchmark only)
  const deepFailed = (
    await getDb().execute<{ last_name: string; first_name: string; employee_id: string; id: number }>(sql`
      select e.last_name, e.first_name, r.employee_id, r.id from sync_results r join employees e on e.id = r.employee_id
      where r.organization_id = ${organizationId} and r.run_id = ${runId} and r.status = 'failed'
      order by e.last_name, e.first_name, e.id, r.id offset 9000 limit 1`)
  ).rows[0];
  const deepAll = (
    await getDb().execute<{ ts: string; id: number }>(sql`
      select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as ts, id from sync_results
      where organization_id = ${organizationId} and run_id = ${runId} order by created_at desc, id desc offset 90000 limit 1`)
  ).rows[0];
  const deepRuns = (await listRuns({ organizationId, connectionId, limit: 100 })).nextCursor;

  const runsPage = async () => {
    const page = await listRuns({ organizationId, connectionId });
    await listRecentRuns({ organizationId, connectionId });
    await listRunSamples({ organizationId, runIds: page.items.filter((r) => r.status !== "succeeded").map((r) => r.id) });
  };
  const results = [
    await time("Runs page (25 runs + chart + error samples)", runsPage),
    await time("Runs page, older (cursor after 100 runs)", () => listRuns({ organizationId, connectionId, filters: { cursor: deepRuns ?? undefined } })),
    await time("Runs page, status failed", () => listRuns({ organizationId, connectionId, filters: { status: "failed" } })),
    await time("Show details, first page (sort name, 50 rows with exchanges)", () => listRunResults({ organizationId, runId, filters: { sort: "name" }, withExchange: true })),
    await time("Show details, first page (sort newest)", () => listRunResults({ organizationId, runId, filters: { sort: "newest" }, withExchange: true })),
    await time("Show details, failed, page after row 9,000 of 10,000 (sort name)", () =>
      listRunResults({ organizationId, runId, withExchange: true, filters: { sort: "name", status: "failed", cursor: encodeCursor("name", [deepFailed.last_name, deepFailed.first_name, deepFailed.employee_id, Number(deepFailed.id)]) } }),
    ),
    await time("Show details, all rows, page after row 90,000 (sort newest)", () =>
      listRunResults({ organizationId, runId, withExchange: true, filters: { sort: "newest", cursor: encodeCursor("newest", [deepAll.ts, Number(deepAll.id)]) } }),
    ),
    await time("Show details, error group scim.uniqueness (sort name)", () => listRunResults({ organizationId, runId, withExchange: true, filters: { sort: "name", status: "failed", error: "scim.uniqueness" } })),
    await time("Show details, rare error group http.429 (500 rows, sort name)", () => listRunResults({ organizationId, runId, withExchange: true, filters: { sort: "name", status: "failed", error: "http.429" } })),
    await time("Show details of a retry run (12 rows, sort name)", () => listRunResults({ organizationId, runId: data.retryRunId, withExchange: true, filters: { sort: "name" } })),
    await time("Show details, search 'müller'", () => listRunResults({ organizationId, runId, withExchange: true, filters: { sort: "name", q: "müller" } })),
    await time("Error groups", () => groupRunErrors({ organizationId, runId })),
  ];

  const loadDuring = loadavg()[0];
  // the small export first, so the large one cannot borrow memory it left behind
  const failedOnly = await exportCsv(data, { status: "failed" });
  const full = await exportCsv(data, {});

  console.log(`\n${cpus().length} CPUs, 1-minute load average ${loadDuring.toFixed(1)} while measuring; ${REPEAT} runs per query after 3 warm-ups.`);
  console.log("\n| query | median | p95 |\n|---|---:|---:|");
  for (const r of results) console.log(`| ${r.label} | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms |`);
  console.log("\n| CSV export | rows | time | rows/s | size | peak RSS growth | peak heap growth |\n|---|---:|---:|---:|---:|---:|---:|");
  for (const [label, r] of [["failed only", failedOnly], ["all rows", full]] as const) {
    console.log(`| ${label} | ${r.rows} | ${(r.ms / 1000).toFixed(2)} s | ${r.rowsPerSecond} | ${(r.bytes / 2 ** 20).toFixed(1)} MB | ${r.rssGrowthMb.toFixed(1)} MB | ${r.heapGrowthMb.toFixed(1)} MB |`);
  }
  for (const r of results) console.log(`\n### ${r.label}\n\n${await explain(r.queries)}`);
  await closeDb();
  await stop();
}

main().catch(async (error) => {
  console.error(error);
  await closeDb().catch(() => {});
  process.exit(1);
});
