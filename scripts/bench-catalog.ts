/**
 * `npm run bench:catalog`: the catalog's performance at 1,000 integrations, against the
 * production build on a loopback port with its own database. Not part of `npm test`.
 *  1. database `<TEST_DB_PREFIX or marketplace>_bench` on DATABASE_URL's server (or an embedded
 *     PostgreSQL under .bench-data/), migrated, demo-seeded and filled to 1,000 integrations;
 *  2. server time of the catalog's search and filter queries (searchCatalog, as the pages run it),
 *     and the EXPLAIN ANALYZE of the text search: it must use its indexes;
 *  3. `next start` of the build (built when missing or stale) on BENCH_PORT (3310), then
 *     throughput of a static page, the public catalog and detail pages, a text search and the
 *     signed-in marketplace, one after another, under concurrent load (autocannon, loopback).
 * BENCH_SECONDS (5 per round), BENCH_ROUNDS (3) and BENCH_CONNECTIONS (10) tune the load.
 */
import type { ChildProcess } from "node:child_process";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { closeDb, getDb, getPool } from "../db";
import { seedDatabase } from "../db/seed";
import { explainCatalogSearch } from "../lib/catalog/explain-search";
import { searchCatalog } from "../lib/catalog/search-catalog";
import { seedSyntheticCatalog } from "../lib/catalog/seed-synthetic-catalog";
import { runMigrations } from "../lib/db/migrate";
import { parseCatalogQuery } from "../lib/validations/catalog";
import { needsBuild, runBuild } from "./lib/build";
import { load, type LoadResult } from "./lib/bench-load";
import { percentile, runBenchmark, signInCookie, startProductionServer, stopProcess, waitForOk } from "./lib/bench-server";
import { ensureLocalSecrets } from "./lib/local-secrets";
import { recreateDatabase, spawnEmbeddedDb } from "./lib/test-databases";

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 3310);
const baseUrl = `http://127.0.0.1:${port}`;
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const children: ChildProcess[] = [];

const QUERIES: [string, Record<string, string>][] = [
  ["text search with a typo: q=slak", { q: "slak" }],
  ["German compound: q=lohn", { q: "lohn" }],
  ["two words: q=time tracking", { q: "time tracking" }],
  ["text + filters: q=sync, partner, elite", { q: "sync", provider: "partner", tier: "elite" }],
  ["filters: category=payroll, tier=elite", { category: "payroll", tier: "elite" }],
  ["filters: monitoring, pricing=paid, newest", { monitoring: "1", pricing: "paid", sort: "newest" }],
  ["all, popular, page 3", { sort: "popular", page: "3" }],
  ["all, A-Z", { sort: "name" }],
];

async function timeQueries(): Promise<void> {
  console.log(`\n## Server time of catalog queries (searchCatalog: page + category counts, 200 runs each)\n`);
  console.log("| query | results | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|");
  for (const [label, params] of QUERIES) {
    const query = parseCatalogQuery(params);
    for (let i = 0; i < 20; i++) await searchCatalog(query);
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      total = (await searchCatalog(query)).total;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${label} | ${total} | ${percentile(times, 50).toFixed(2)} | ${percentile(times, 95).toFixed(2)} | ${times[times.length - 1].toFixed(2)} |`);
  }
}

async function showPlans(): Promise<boolean> {
  let usesIndexes = true;
  for (const params of [{ q: "slak" }, { q: "lohn" }]) {
    const plan = await explainCatalogSearch(getPool(), parseCatalogQuery(params));
    console.log(`\n## EXPLAIN ANALYZE of the catalog search, q=${params.q}\n\n\`\`\`\n${plan}\n\`\`\``);
    const ok = plan.includes("integrations_search_vector_idx") && plan.includes("integrations_search_names_trgm_idx") && !/Seq Scan on integrations\b/.test(plan);
    if (!ok) console.log(`\nWARNING: the search for "${params.q}" does not use both search indexes`);
    usesIndexes &&= ok;
  }
  return usesIndexes;
}

async function measurePages(databaseUrl: string): Promise<void> {
  if (needsBuild(root)) runBuild(root);
  const server = startProductionServer(root, port, { DATABASE_URL: databaseUrl, PORT: String(port), WORKER_IN_PROCESS: "false" });
  children.push(server);
  await waitForOk(`${baseUrl}/integrations/demo-requested`, 120_000);
  const admin = await signInCookie(baseUrl, "admin@acme.test", "demo-password");
  const pages: [string, string, Record<string, string>?][] = [
    ["static page (prerendered at build): /integrations/demo-requested", "/integrations/demo-requested"],
    ["public catalog: /integrations", "/integrations"],
    ["public catalog, filtered: ?category=payroll&tier=elite", "/integrations?category=payroll&tier=elite"],
    ["public catalog, popular, page 2", "/integrations?sort=popular&page=2"],
    ["public detail: /integrations/lernwerk-academy", "/integrations/lernwerk-academy"],
    ["public text search (per request): ?q=slak", "/integrations?q=slak"],
    ["in-app marketplace, signed in: /marketplace", "/marketplace", { cookie: admin }],
    ["in-app detail, signed in: /marketplace/slack", "/marketplace/slack", { cookie: admin }],
  ];
  console.log(
    `\n## Page throughput (${connections} concurrent connections; ${rounds} rounds of ${seconds} s per page, pages interleaved so that other load on the machine hits them alike; median round; same server, same run)\n`,
  );
  const results = pages.map(() => [] as LoadResult[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, [, url, headers]] of pages.entries()) results[i].push(await load(`${baseUrl}${url}`, { connections, seconds, headers }));
  }
  const median = (rs: LoadResult[]) => [...rs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(rs.length / 2)];
  const staticRate = median(results[0]).requestsPerSecond;
  console.log("| page | req/s | vs static | p50 ms | p99 ms | rounds (req/s) | non-2xx |\n|---|---:|---:|---:|---:|---|---:|");
  for (const [i, [label]] of pages.entries()) {
    const m = median(results[i]);
    const failed = results[i].reduce((sum, r) => sum + r.non2xx + r.errors, 0);
    const rates = results[i].map((r) => Math.round(r.requestsPerSecond)).join(" / ");
    console.log(`| ${label} | ${Math.round(m.requestsPerSecond)} | ${Math.round((100 * m.requestsPerSecond) / staticRate)} % | ${m.p50} | ${m.p99} | ${rates} | ${failed} |`);
  }
  console.log(`\nload average after the run: ${loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
}

async function main(): Promise<number> {
  ensureLocalSecrets(path.join(root, ".bench-data"));
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.ALLOW_LOOPBACK_TARGETS ??= "true"; // the demo seed and the server's syncs reach a loopback sandbox (SSRF guard)
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await spawnEmbeddedDb(root, path.join(root, ".bench-data", "pg"), Number(process.env.BENCH_PG_PORT ?? 3319));
    children.push(embedded.child);
    serverUrl = embedded.url;
  }
  const url = await recreateDatabase(serverUrl, `${process.env.TEST_DB_PREFIX ?? "marketplace"}_bench`);
  await runMigrations(url);
  process.env.DATABASE_URL = url;
  await seedDatabase(getDb(), { platformName: process.env.PLATFORM_NAME ?? "Personio" });
  const added = await seedSyntheticCatalog(getDb(), { total: 1000 });
  await getPool().query("vacuum analyze integrations, integration_categories, connections");
  const [{ n }] = (await getPool().query("select count(*)::int as n from integrations")).rows;
  console.log(`# Catalog benchmark\n\n${n} integrations (${added} synthetic), ${cpus().length} cores, load average before the run ${loadavg().map((l) => l.toFixed(2)).join(" / ")}, ${new Date().toISOString()}`);
  await timeQueries();
  const usesIndexes = await showPlans();
  await closeDb();
  await measurePages(url);
  return usesIndexes ? 0 : 1;
}

runBenchmark(main, async () => {
  await Promise.all(children.map(stopProcess));
});
