import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SCIM_MAPPING } from "@/lib/connections/settings";
import { runSync } from "@/lib/sync/run-sync";
import { createSyncFixture, resultsOf, somePeople, updateEmployee } from "@/lib/sync/testing/sync-fixtures";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";

const TOKEN = "fault-test-token";
let peer: ScimPeer | undefined;
afterEach(async () => {
  await peer?.stop();
  peer = undefined;
});

async function setup(count: number, options: { token?: string } = {}) {
  peer = await startScimServer({ token: TOKEN });
  const fixture = await createSyncFixture({
    integrationSlug: "scim-generic",
    settings: { baseUrl: peer.url, mapping: DEFAULT_SCIM_MAPPING },
    secrets: { token: options.token ?? TOKEN },
    employees: somePeople(count),
  });
  return { peer, fixture };
}

async function syncOnce(fixture: { org: { id: string }; connectionId: string }, tuning: Record<string, unknown> = {}) {
  const result = await runSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId, trigger: "schedule", tuning: { retry: { baseDelayMs: 20, maxDelayMs: 100 }, ...tuning } });
  if (result.status !== "ran") throw new Error(result.status);
  return { run: result.run, results: await resultsOf(result.run.id) };
}

function oneRowPerEmployee(results: { employeeId: string }[], people: { id: string }[]) {
  expect(results.map((r) => r.employeeId).sort()).toEqual(people.map((p) => p.id).sort());
}

describe("Faults: the target refuses some requests", () => {
  it.each([429, 503] as const)("answers %i to a fifth of the requests: the run still succeeds and records the attempts", async (status) => {
    const { peer, fixture } = await setup(12);
    Object.assign(peer.faults, { every: 5, status, retryAfterSeconds: 1 });
    const { run, results } = await syncOnce(fixture);
    expect(run.status).toBe("succeeded");
    expect(run.counts).toMatchObject({ total: 12, provisioned: 12, failed: 0 });
    oneRowPerEmployee(results, fixture.people);
    expect(peer.requests.filter((r) => r.status === status).length).toBeGreaterThan(0);
    expect(results.some((r) => r.attempts > 1)).toBe(true);
    expect(results.reduce((n, r) => n + r.attempts, 0)).toBeGreaterThan(12);
    // exactly one account per employee, however often a POST was retried
    expect(peer.users.size).toBe(12);
    expect(new Set([...peer.users.values()].map((u) => u.externalId)).size).toBe(12);
  });

  it("a wrong token fails the run at once with the target's 401 response", async () => {
    const { peer, fixture } = await setup(4, { token: "not-the-token" });
    const { run, results } = await syncOnce(fixture);
    expect(run.status).toBe("failed");
    expect(run.error).toBe("The target refused the credentials (401: Invalid or missing bearer token)");
    expect(run.errorExchange?.response).toMatchObject({ status: 401, body: expect.objectContaining({ detail: "Invalid or missing bearer token" }) });
    expect(JSON.stringify(run.errorExchange)).not.toContain("not-the-token");
    expect(peer.requests).toHaveLength(1);
    expect(peer.users.size).toBe(0);
    oneRowPerEmployee(results, fixture.people);
    expect(results.every((r) => r.status === "failed" && r.errorCode === "http.401")).toBe(true);
    expect(results[0].message).toMatch(/^Not synced: the run stopped \(The target refused the credentials/);
  });

  it("the target crashing mid-run fails the run as unreachable; every employee still has one result", async () => {
    const { peer, fixture } = await setup(20);
    peer.faults.delayMs = 60;
    let posts = 0;
    peer.hooks.onRequest = ({ method }) => {
      if (method === "POST" && ++posts === 6) void peer.kill();
    };
    const { run, results } = await syncOnce(fixture, { concurrency: 2 });
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/^The target could not be reached: ECONNREFUSED/);
    oneRowPerEmployee(results, fixture.people);
    expect(run.counts.total).toBe(20);
    expect(run.counts.provisioned).toBeGreaterThan(0);
    expect(run.counts.provisioned + run.counts.failed).toBe(20);
    expect(results.filter((r) => r.status === "failed").every((r) => r.errorCode === "network.unreachable")).toBe(true);
  });

  it("a target that keeps timing out: after ten employees in a row the run stops, the rest are not synced", async () => {
    const { peer, fixture } = await setup(14);
    await syncOnce(fixture); // all provisioned
    for (const p of fixture.people) await updateEmployee(p.id, { position: "Changed" });
    // ServiceProviderConfig answers; every PATCH takes longer than the client waits
    peer.hooks.onRequest = ({ method }) => {
      peer.faults.delayMs = method === "PATCH" ? 300 : 0;
    };
    const { run: slow, results } = await syncOnce(fixture, { timeoutMs: 100, concurrency: 1, retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 } });
    expect(slow.status).toBe("failed");
    expect(slow.error).toMatch(/^The target kept failing: 10 employees in a row could not be synced/);
    oneRowPerEmployee(results, fixture.people);
    expect(results.filter((r) => r.errorCode === "network.timeout").length).toBeGreaterThanOrEqual(10);
    const attempted = results.filter((r) => r.message.startsWith("The target did not answer"));
    expect(attempted.length).toBeGreaterThanOrEqual(10);
    expect(attempted[0]).toMatchObject({ errorCode: "network.timeout", attempts: 2, message: "The target did not answer: timed out (gave up after 2 attempts)" });
    expect(results.filter((r) => r.message.startsWith("Not synced: the run stopped (The target kept failing")).length).toBe(14 - attempted.length);
  });
});
