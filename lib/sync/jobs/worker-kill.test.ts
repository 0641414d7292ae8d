import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { employeeLinks, syncRuns } from "@/db/schema";
import { DEFAULT_SCIM_MAPPING } from "@/lib/connections/settings";
import { createSyncFixture, resultsOf, somePeople } from "@/lib/sync/testing/sync-fixtures";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";

// Workers of this test use their own pg-boss schema and no scheduler: they see only this test's jobs.
const schema = vi.hoisted(() => {
  const name = `pgboss_kill_${Math.random().toString(36).slice(2, 8)}`;
  process.env.PGBOSS_SCHEMA = name;
  return name;
});
const { enqueueSync } = await import("@/lib/sync/enqueue-sync");
const { stopBoss } = await import("@/lib/jobs/boss");

const TOKEN = "kill-test-token";
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/worker.ts"], {
    cwd: process.cwd(),
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, PGBOSS_SCHEMA: schema, SYNC_SCHEDULER: "false", SYNC_WORKERS: "1", SYNC_CONCURRENCY: "2" },
  });
  child.stdout!.resume();
  workers.push(child);
  return child;
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGKILL");
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let peer: ScimPeer;
beforeAll(async () => {
  peer = await startScimServer({ token: TOKEN });
});
afterAll(async () => {
  await Promise.all(workers.map(killHard));
  await stopBoss();
  await db.execute(sql`drop schema if exists ${sql.identifier(schema)} cascade`);
  await peer.stop();
});

describe("a worker killed mid-run (SIGKILL) and restarted", () => {
  it("closes the dead run, the next run completes, one account and one result per employee per run", { timeout: 120_000 }, async () => {
    const count = 24;
    const fixture = await createSyncFixture({ integrationSlug: "scim-generic", settings: { baseUrl: peer.url, mapping: DEFAULT_SCIM_MAPPING }, secrets: { token: TOKEN }, employees: somePeople(count) });
    const ids = fixture.people.map((p) => p.id).sort();
    peer.faults.delayMs = 100;
    const first = startWorker();
    let posts = 0;
    const killed = new Promise<void>((resolve) => {
      peer.hooks.onRequest = ({ method }) => {
        if (method === "POST" && ++posts === 8) void killHard(first).then(resolve);
      };
    });
    await enqueueSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId, trigger: "manual" });
    await killed;
    peer.hooks.onRequest = undefined;
    const [dead] = await db.select().from(syncRuns).where(eq(syncRuns.connectionId, fixture.connectionId));
    expect(dead.status).toBe("running");
    expect(peer.users.size).toBeLessThan(count);

    startWorker();
    const closed = await until("the dead run to be closed", async () => {
      const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, dead.id));
      return run.status !== "running" && run;
    });
    expect(closed.status).toBe("failed");
    expect(closed.error).toMatch(/^The worker running this sync stopped unexpectedly/);
    const deadResults = await resultsOf(dead.id);
    expect(deadResults.map((r) => r.employeeId).sort()).toEqual(ids);
    expect(closed.counts.total).toBe(count);

    peer.faults.delayMs = 0;
    await enqueueSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId, trigger: "manual" });
    const next = await until("the next run to finish", async () => {
      const runs = await db.select().from(syncRuns).where(eq(syncRuns.connectionId, fixture.connectionId));
      return runs.find((r) => r.id !== dead.id && r.status !== "running");
    });
    expect(next.status).toBe("succeeded");
    expect((await resultsOf(next.id)).map((r) => r.employeeId).sort()).toEqual(ids);

    const accounts = [...peer.users.values()];
    expect(accounts).toHaveLength(count);
    expect(accounts.map((a) => a.externalId).sort()).toEqual(ids);
    const links = await db.select().from(employeeLinks).where(eq(employeeLinks.connectionId, fixture.connectionId));
    expect(new Set(links.map((l) => l.externalId)).size).toBe(count);
  });
});
