import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/db";
import { connections, employeeLinks, syncRuns } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { sendJob, stopBoss } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { DEFAULT_SCIM_MAPPING } from "@/lib/connections/settings";
import { enqueueSync } from "@/lib/sync/enqueue-sync";
import { enqueueDueSyncs } from "@/lib/sync/schedule-due-syncs";
import { createSyncFixture, resultsOf, somePeople } from "@/lib/sync/testing/sync-fixtures";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";
import { recreateDatabase } from "@/scripts/lib/test-databases";
import { signInCookie } from "@/scripts/lib/bench-server";
import { migrateAndSeed, startAppServer, stopChild, waitFor } from "./support/own-server";

/**
 * Two web processes and two worker processes on one PostgreSQL: a database of this
 * file's own on the e2e server (the e2e app's in-process worker never sees its jobs),
 * two `next start` with WORKER_IN_PROCESS=false, two `npm run worker`.
 */
const FIRST_PORT = Number(process.env.FAULT_APP_PORT ?? 3192);
const PORTS = [FIRST_PORT, FIRST_PORT + 1];
const webs = PORTS.map((port) => `http://127.0.0.1:${port}`);
const TOKEN = "scale-out-token";
const SCHEDULED = 6;
const PER_CONNECTION = 5;
const BIG = 300;
const started = Date.now();
const log = (what: string) => console.log(`[scale-out] ${what} after ${Date.now() - started} ms`);

const children: ChildProcess[] = [];
const workers: ChildProcess[] = [];
let peer: ScimPeer;
const scheduled: { connectionId: string; employeeIds: string[] }[] = [];
let big: { organizationId: string; connectionId: string; employeeIds: string[] };

function startWorkerProcess(url: string): Promise<ChildProcess> {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/worker.ts"], {
    cwd: process.cwd(),
    detached: true, // its own process group: tsx and the node process it starts die together
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: url, SYNC_WORKERS: "2", SYNC_CONCURRENCY: "4" },
  });
  workers.push(child);
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.includes('"job worker started"')) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker exited with ${code} before it started`)));
  });
}

function killWorker(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGKILL");
  });
}

/** The worker whose process holds a connection's sync lock (its session names the process id). */
async function lockHolder(connectionId: string): Promise<ChildProcess | undefined> {
  const { rows } = await db.execute<{ application_name: string }>(sql`
    select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
    where l.locktype = 'advisory' and l.granted
      and ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended(${`sync:${connectionId}`}, 727274)`);
  const pid = Number(/pid=(\d+)/.exec(rows[0]?.application_name ?? "")?.[1]);
  if (!pid) return undefined;
  // /proc/<pid>/stat: "pid (comm) state ppid pgrp ...": the worker's process group is the tsx we started
  const pgrp = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[2]);
  return workers.find((w) => w.pid === pgrp);
}

async function runsOf(connectionIds: string[]) {
  return db.select().from(syncRuns).where(inArray(syncRuns.connectionId, connectionIds));
}

/** Jobs of these connections still waiting or running in pg-boss: none means no run can still appear. */
async function openJobs(connectionIds: string[]): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from pgboss.job where name = ${QUEUES.syncConnection}
    and singleton_key = any(${`{${connectionIds.join(",")}}`}::text[]) and state in ('created', 'retry', 'active')`);
  return rows[0].n;
}

const scimConnection = (employees: number) =>
  createSyncFixture({
    integrationSlug: "scim-generic",
    settings: { baseUrl: peer.url, mapping: DEFAULT_SCIM_MAPPING, requestsPerSecond: 1000 },
    secrets: { token: TOKEN },
    employees: somePeople(employees),
  });

beforeAll(async () => {
  const url = await recreateDatabase(process.env.DATABASE_URL!, `${process.env.TEST_DB_PREFIX ?? "marketplace"}_scale`);
  process.env.DATABASE_URL = url; // this process's database client and pg-boss use it from here on
  migrateAndSeed(url);
  log("database seeded");
  peer = await startScimServer({ token: TOKEN });

  // Six connections due at the same moment, and one big one not scheduled (the kill test syncs it on demand).
  for (let i = 0; i < SCHEDULED; i++) {
    const fixture = await scimConnection(PER_CONNECTION);
    scheduled.push({ connectionId: fixture.connectionId, employeeIds: fixture.people.map((p) => p.id) });
  }
  await db
    .update(connections)
    .set({ schedule: { kind: "interval", minutes: 60 }, nextSyncAt: new Date(Date.now() - 60_000) })
    .where(inArray(connections.id, scheduled.map((s) => s.connectionId)));
  const fixture = await scimConnection(BIG);
  big = { organizationId: fixture.org.id, connectionId: fixture.connectionId, employeeIds: fixture.people.map((p) => p.id).sort() };
  await db.update(connections).set({ nextSyncAt: new Date(Date.now() + 24 * 3600_000) }).where(eq(connections.id, big.connectionId));
  log("connections created");

  for (const port of PORTS) children.push(startAppServer(port, { DATABASE_URL: url, WORKER_IN_PROCESS: "false" }));
  await Promise.all([
    startWorkerProcess(url),
    startWorkerProcess(url),
    ...webs.map((web) => waitFor(async () => (await fetch(`${web}/api/health`)).status === 200, 90_000, `${web} to answer`)),
  ]);
  log("two web and two worker processes up");
}, 150_000);

afterAll(async () => {
  await Promise.all(workers.map(killWorker));
  await Promise.all(children.map((child) => stopChild(child)));
  await stopBoss();
  await closeDb();
  await peer?.stop();
});

describe("two web processes and two workers on one PostgreSQL", () => {
  it("serve the same sessions: signed in on one, signed in on the other; a bad or missing cookie is refused by both", async () => {
    const cookie = await signInCookie(webs[0], "admin@acme.test", DEMO_PASSWORD);
    const page = (web: string, headers: Record<string, string> = {}) => fetch(`${web}/connections`, { redirect: "manual", headers });
    for (const web of webs) {
      const res = await page(web, { cookie });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Hanna Berger");
    }
    const at = cookie.indexOf("=");
    const [name, token] = [cookie.slice(0, at), cookie.slice(at + 1)];
    const forged = `${name}=${token.slice(0, -4)}${token.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    for (const web of webs) {
      for (const headers of [{}, { cookie: forged }] as Record<string, string>[]) {
        const res = await page(web, headers);
        expect(res.status).toBe(307);
        expect(res.headers.get("location")).toMatch(/\/signin/);
      }
    }
  });

  it("runs every scheduled sync exactly once while the workers race (and a second scheduler ticks at the same moment)", async () => {
    const ids = scheduled.map((s) => s.connectionId);
    // The tick the cron sends every minute, sent now, while this process schedules the same due connections too.
    await Promise.all([sendJob(QUEUES.scheduleSyncs, {}), enqueueDueSyncs()]);
    await waitFor(async () => {
      const runs = await runsOf(ids);
      return runs.length >= SCHEDULED && runs.every((r) => r.status !== "running") && (await openJobs(ids)) === 0;
    }, 60_000, "the scheduled runs");
    log("scheduled runs done");

    const runs = await runsOf(ids);
    for (const { connectionId, employeeIds } of scheduled) {
      const mine = runs.filter((r) => r.connectionId === connectionId);
      expect(mine.map((r) => [r.trigger, r.status])).toEqual([["schedule", "succeeded"]]);
      expect((await resultsOf(mine[0].id)).map((r) => r.employeeId).sort()).toEqual([...employeeIds].sort());
    }
    const all = scheduled.flatMap((s) => s.employeeIds).sort();
    const accounts = [...peer.users.values()];
    expect(accounts.map((a) => a.externalId).sort()).toEqual(all);
    expect(peer.requests.filter((r) => r.method === "POST" && r.path === "/scim/v2/Users" && r.status === 201)).toHaveLength(all.length);
  });

  it("loses nothing when the worker running a sync is killed: the other closes the dead run and the next run completes", { timeout: 90_000 }, async () => {
    const { organizationId, connectionId, employeeIds } = big;
    peer.faults.delayMs = 25; // a few seconds for the whole run
    let posts = 0;
    let holder: ChildProcess | undefined;
    const killed = new Promise<void>((resolve, reject) => {
      peer.hooks.onRequest = ({ method }) => {
        if (method !== "POST" || ++posts !== 40) return;
        void lockHolder(connectionId)
          .then((worker) => {
            if (!worker) throw new Error("no worker holds the connection's lock");
            holder = worker;
            return killWorker(worker);
          })
          .then(resolve, reject);
      };
    });
    await enqueueSync({ organizationId, connectionId, trigger: "manual" });
    await killed;
    peer.hooks.onRequest = undefined;
    const survivor = workers.find((w) => w !== holder)!;
    log("worker holding the sync killed");
    const [dead] = await runsOf([connectionId]);
    expect(dead.status).toBe("running");
    const mine = () => [...peer.users.values()].filter((a) => employeeIds.includes(a.externalId as string));
    const createdBeforeKill = mine().length;
    expect(createdBeforeKill).toBeGreaterThan(0);
    expect(createdBeforeKill).toBeLessThan(BIG);

    // The surviving worker takes the next sync: it closes the dead run first, then runs.
    peer.faults.delayMs = 0;
    await enqueueSync({ organizationId, connectionId, trigger: "manual" });
    await waitFor(async () => {
      const runs = await runsOf([connectionId]);
      return runs.length === 2 && runs.every((r) => r.status !== "running") && (await openJobs([connectionId])) === 0;
    }, 60_000, "the dead run closed and the next run finished");
    log("dead run closed, next run done");
    expect(survivor.exitCode === null && survivor.signalCode === null).toBe(true);

    const runs = await runsOf([connectionId]);
    const closed = runs.find((r) => r.id === dead.id)!;
    const next = runs.find((r) => r.id !== dead.id)!;
    expect(closed).toMatchObject({ status: "failed", counts: expect.objectContaining({ total: BIG }) });
    expect(closed.error).toMatch(/^The worker running this sync stopped unexpectedly/);
    expect(next.status).toBe("succeeded");
    // What the dead run created (recorded or not) is linked or found up to date by the next run, never created twice.
    log(`next run: ${JSON.stringify(next.counts)}, ${createdBeforeKill} accounts created before the kill`);
    expect(next.counts.total).toBe(BIG);
    expect(next.counts.provisioned).toBeLessThanOrEqual(BIG - createdBeforeKill);
    for (const run of [closed, next]) {
      expect((await resultsOf(run.id)).map((r) => r.employeeId).sort()).toEqual(employeeIds);
    }
    const accounts = mine();
    expect(accounts.map((a) => a.externalId).sort()).toEqual(employeeIds);
    const links = await db.select().from(employeeLinks).where(eq(employeeLinks.connectionId, connectionId));
    expect(new Set(links.map((l) => l.externalId)).size).toBe(BIG);
  });
});
