/**
 * `npm run bench:sync`: the sync engine's figures for the README.
 *  1. raw: a scimmy SCIM server's own POST /Users throughput (this process posting as
 *     fast as the engine's concurrency allows), then the engine's initial sync of the
 *     same number of employees to a fresh directory of the same server;
 *  2. a no-change sync of those employees (target: under 2 s, no calls to the target);
 *  3. peak memory of a 100,000-employee initial sync (engine in a process of its own).
 * Uses DATABASE_URL's server (database "<TEST_DB_PREFIX>_bench"), else an embedded PostgreSQL.
 * BENCH_EMPLOYEES (10000) and BENCH_BIG_EMPLOYEES (100000) change the sizes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "../db";
import { connections, organizations } from "../db/schema";
import { seedCatalog } from "../db/seed/catalog";
import { DEFAULT_SCIM_MAPPING } from "../lib/connections/settings";
import { sealSecrets } from "../lib/crypto/secrets";
import { runMigrations } from "../lib/db/migrate";
import { buildResource } from "../lib/sync/connectors/scim/scim-paths";
import { mapAttributes, sourceValues } from "../lib/sync/engine/map-employee";
import { ensureLocalSecrets } from "./lib/local-secrets";
import { recreateDatabase, spawnEmbeddedDb } from "./lib/test-databases";

const root = process.cwd();
const dataDir = path.join(root, ".test-data");
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 10_000);
const BIG = Number(process.env.BENCH_BIG_EMPLOYEES ?? 100_000);
const CONCURRENCY = Number(process.env.SYNC_CONCURRENCY ?? 8);
const TOKEN = "bench-token";
const children: ChildProcess[] = [];
const tsx = path.join(root, "node_modules", ".bin", "tsx");

function spawnJson<T>(args: string[], env: NodeJS.ProcessEnv = process.env): { child: ChildProcess; first: Promise<T> } {
  const child = spawn(tsx, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], env });
  children.push(child);
  const first = new Promise<T>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.startsWith("{")) resolve(JSON.parse(line) as T);
    });
    child.on("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}`)));
  });
  return { child, first };
}

type EngineResult = { durationMs: number; status: string; counts: Record<string, number>; baselineRssMb: number; peakRssMb: number; peakHeapMb: number };

async function runEngine(organizationId: string, connectionId: string): Promise<EngineResult> {
  return spawnJson<EngineResult>(["scripts/bench/run-engine.ts", organizationId, connectionId]).first;
}

async function createCompany(name: string, count: number): Promise<string> {
  const db = getDb();
  const [org] = await db.insert(organizations).values({ slug: `bench-${name}-${Date.now()}`, name: `Bench ${name}`, kind: "customer" }).returning({ id: organizations.id });
  // Generated in PostgreSQL: the benchmark process holds none of the company in memory.
  await db.execute(sql`
    insert into employees (organization_id, employee_number, first_name, last_name, email, position, department, office, hire_date)
    select ${org.id}, g,
      (array['Anna','Lukas','Sofia','Jonas','Marie','Felix','Emma','Paul'])[1 + g % 8],
      'Bench' || g, 'bench' || g || '@' || ${name} || '.test',
      (array['Software Engineer','Account Executive','Recruiter','Designer'])[1 + g % 4],
      (array['Engineering','Sales','People','Product'])[1 + g % 4],
      (array['Munich','Berlin','Madrid','Dublin'])[1 + g % 4],
      date '2020-01-01' + (g % 1000)
    from generate_series(1, ${count}) g`);
  // Statistics first, or the planner joins 100,000 rows by nested loops.
  await db.execute(sql`analyze employees`);
  await db.execute(sql`
    update employees e set manager_id = m.id from employees m
    where e.organization_id = ${org.id} and m.organization_id = ${org.id} and e.employee_number >= 10 and m.employee_number = e.employee_number / 10`);
  return org.id;
}

async function createConnection(organizationId: string, integrationId: string, baseUrl: string): Promise<string> {
  const [row] = await getDb()
    .insert(connections)
    .values({ organizationId, integrationId, status: "connected", settings: { baseUrl, mapping: DEFAULT_SCIM_MAPPING }, encryptedSecrets: sealSecrets({ token: TOKEN }) })
    .returning({ id: connections.id });
  return row.id;
}

/** The target's own throughput: POST /Users of engine-shaped bodies, same concurrency, no engine. */
async function rawPosts(baseUrl: string, count: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const n = next++;
        const values = sourceValues(
          { id: crypto.randomUUID(), employeeNumber: n, firstName: "Anna", lastName: `Raw${n}`, email: `raw${n}@raw.test`, phone: null, position: "Software Engineer", department: "Engineering", office: "Munich", employmentType: "full_time", status: "active", hireDate: "2020-01-01", terminationDate: null, managerId: null },
          { active: true, managerExternalId: null },
        );
        const res = await fetch(`${baseUrl}/Users`, {
          method: "POST",
          headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/scim+json" },
          body: JSON.stringify(buildResource(mapAttributes(DEFAULT_SCIM_MAPPING, values))),
        });
        await res.text();
        if (res.status !== 201) throw new Error(`raw POST answered ${res.status}`);
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

async function stats(origin: string): Promise<Record<string, { users: number; requests: number }>> {
  return (await fetch(`${origin}/_stats`)).json() as Promise<Record<string, { users: number; requests: number }>>;
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  process.env.ALLOW_LOOPBACK_TARGETS ??= "true"; // the SCIM target runs on loopback (SSRF guard); the engine processes inherit this
  ensureLocalSecrets(dataDir);
  let url: string;
  if (process.env.DATABASE_URL) {
    url = await recreateDatabase(process.env.DATABASE_URL, `${process.env.TEST_DB_PREFIX ?? "marketplace"}_bench`);
  } else {
    const embedded = await spawnEmbeddedDb(root, path.join(dataDir, "bench-pg"), Number(process.env.BENCH_PG_PORT ?? 54349));
    children.push(embedded.child);
    url = await recreateDatabase(embedded.url, "marketplace_bench");
  }
  await runMigrations(url);
  process.env.DATABASE_URL = url;
  const integrations = await seedCatalog(getDb(), "Personio");
  const scimGeneric = integrations.get("scim-generic")!;
  const { port } = await spawnJson<{ port: number }>(["scripts/bench/scim-target.ts", TOKEN]).first;
  const origin = `http://127.0.0.1:${port}`;
  const dir = (name: string) => `${origin}/d/${name}/scim/v2`;
  console.log(`bench: ${EMPLOYEES} employees, concurrency ${CONCURRENCY}, scimmy target on ${origin}, ${new Date().toISOString()}, load ${os.loadavg().map((n) => n.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);

  const company = await createCompany("initial", EMPLOYEES);
  const connection = await createConnection(company, scimGeneric, dir("engine"));

  // Raw throughput before and after the engine's run (the machine's load moves): their mean is the reference.
  const rawBefore = await rawPosts(dir("raw-before"), EMPLOYEES);
  console.log(`raw POST /Users (before): ${rawBefore.toFixed(1)}/s`);
  const initial = await runEngine(company, connection);
  const enginePerSecond = EMPLOYEES / (initial.durationMs / 1000);
  console.log(`engine initial sync: ${initial.durationMs} ms, ${enginePerSecond.toFixed(1)} employees/s, ${initial.status}`);
  const rawAfter = await rawPosts(dir("raw-after"), EMPLOYEES);
  console.log(`raw POST /Users (after): ${rawAfter.toFixed(1)}/s`);
  const rawPerSecond = (rawBefore + rawAfter) / 2;
  const afterInitial = await stats(origin);
  console.log(`engine initial sync: ${initial.durationMs} ms, ${enginePerSecond.toFixed(1)} employees/s (${((enginePerSecond / rawPerSecond) * 100).toFixed(0)}% of raw), ${initial.status}, ${afterInitial.engine.requests} requests, peak RSS ${initial.peakRssMb} MB`);

  const quiet = await runEngine(company, connection);
  const afterQuiet = await stats(origin);
  const quietRequests = afterQuiet.engine.requests - afterInitial.engine.requests;
  console.log(`engine no-change sync: ${quiet.durationMs} ms, ${quiet.status}, ${quietRequests} requests to the target, skipped ${quiet.counts.skipped}`);

  let big: EngineResult | null = null;
  if (BIG > 0) {
    const bigCompany = await createCompany("big", BIG);
    const bigConnection = await createConnection(bigCompany, scimGeneric, dir("big"));
    big = await runEngine(bigCompany, bigConnection);
    console.log(`engine initial sync of ${BIG}: ${big.durationMs} ms, ${big.status}, peak RSS ${big.peakRssMb} MB (baseline ${big.baselineRssMb} MB), peak heap ${big.peakHeapMb} MB`);
  }

  const figures = {
    at: new Date().toISOString(),
    employees: EMPLOYEES,
    concurrency: CONCURRENCY,
    loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10),
    cpus: os.cpus().length,
    rawPostsPerSecond: { before: Math.round(rawBefore * 10) / 10, after: Math.round(rawAfter * 10) / 10, mean: Math.round(rawPerSecond * 10) / 10 },
    engineInitial: { ...initial, employeesPerSecond: Math.round(enginePerSecond * 10) / 10, shareOfRaw: Math.round((enginePerSecond / rawPerSecond) * 1000) / 10, requests: afterInitial.engine.requests },
    engineNoChange: { ...quiet, requests: quietRequests },
    big: big && { employees: BIG, ...big },
  };
  writeFileSync(path.join(dataDir, "bench-sync.json"), JSON.stringify(figures, null, 2) + "\n");
  console.log(JSON.stringify(figures, null, 2));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await closeDb().catch(() => {});
    for (const child of children) child.kill("SIGTERM");
  });
