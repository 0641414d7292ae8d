import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { employeeLinks } from "@/db/schema";
import { DEFAULT_SCIM_MAPPING } from "@/lib/connections/settings";
import { runSync } from "@/lib/sync/run-sync";
import { createSyncFixture, linkOf, resultsOf, somePeople, updateEmployee } from "@/lib/sync/testing/sync-fixtures";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const TOKEN = "scim-test-token";
const fast = { retry: { baseDelayMs: 10, maxDelayMs: 50 } };

async function sync(fixture: { org: { id: string }; connectionId: string }, extra: { today?: string } = {}) {
  const result = await runSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId, trigger: "manual", tuning: fast, ...extra });
  if (result.status !== "ran") throw new Error(`run did not start: ${result.status}`);
  return { run: result.run, results: await resultsOf(result.run.id) };
}

function accountOf(peer: ScimPeer, email: string) {
  return [...peer.users.values()].find((u) => u.userName.toLowerCase() === email.toLowerCase());
}

async function fixtureFor(peer: ScimPeer, count: number, mapping: Record<string, string> = DEFAULT_SCIM_MAPPING) {
  return createSyncFixture({
    integrationSlug: "scim-generic",
    settings: { baseUrl: peer.url, mapping },
    secrets: { token: TOKEN },
    employees: somePeople(count),
  });
}

describe("SCIM sync against a real SCIM server (scimmy): the employee lifecycle", () => {
  let peer: ScimPeer;
  let fixture: Awaited<ReturnType<typeof fixtureFor>>;
  beforeAll(async () => {
    peer = await startScimServer({ token: TOKEN });
    fixture = await fixtureFor(peer, 5);
    // the first employee manages the others
    for (const p of fixture.people.slice(1)) await updateEmployee(p.id, { managerId: fixture.people[0].id });
  });
  afterAll(async () => peer.stop());

  it("provisions every employee with core and enterprise attributes, one result row each", async () => {
    const { run, results } = await sync(fixture);
    expect(run.status).toBe("succeeded");
    expect(run.counts).toMatchObject({ total: 5, provisioned: 5, failed: 0 });
    expect(results).toHaveLength(5);
    expect(peer.users.size).toBe(5);
    const [boss, report] = fixture.people;
    const bossAccount = accountOf(peer, boss.email)!;
    const account = accountOf(peer, report.email)!;
    expect(account).toMatchObject({
      externalId: report.id,
      name: { givenName: report.firstName, familyName: report.lastName },
      emails: [expect.objectContaining({ type: "work", value: report.email })],
      active: true,
      title: "Engineer",
      [ENTERPRISE]: expect.objectContaining({ employeeNumber: String(report.employeeNumber), department: report.department, manager: expect.objectContaining({ value: bossAccount.id }) }),
    });
    const row = results.find((r) => r.employeeId === report.id)!;
    expect(row).toMatchObject({ operation: "provision", status: "succeeded", attempts: 1 });
    expect(row.message).toContain(`Created the account ${report.email}`);
    expect(row.exchange?.request).toMatchObject({ method: "POST", url: `${peer.url}/Users` });
    expect(row.exchange?.request?.headers?.authorization).toBe("[redacted]");
    expect(row.exchange?.response?.status).toBe(201);
    expect(JSON.stringify(results)).not.toContain(TOKEN);
    expect(await linkOf(fixture.connectionId, report.id)).toMatchObject({ externalId: account.id, active: true, lastStatus: "succeeded" });
  });

  it("sends no request at all when nothing changed", async () => {
    const before = peer.requests.length;
    const { run, results } = await sync(fixture);
    expect(run.status).toBe("succeeded");
    expect(run.counts).toMatchObject({ total: 5, skipped: 5 });
    expect(results.every((r) => r.status === "skipped" && r.message === "Up to date" && r.operation === null)).toBe(true);
    expect(peer.requests.length).toBe(before);
  });

  it("updates with a PATCH of only the changed attributes", async () => {
    const person = fixture.people[1];
    await updateEmployee(person.id, { position: "Staff Engineer" });
    const before = peer.requests.length;
    const { run, results } = await sync(fixture);
    expect(run.counts).toMatchObject({ updated: 1, skipped: 4 });
    const row = results.find((r) => r.employeeId === person.id)!;
    expect(row).toMatchObject({ operation: "update", status: "succeeded", message: "Updated title" });
    expect(row.exchange?.request?.method).toBe("PATCH");
    expect(row.exchange?.request?.body).toEqual({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "replace", path: "title", value: "Staff Engineer" }],
    });
    expect(peer.requests.slice(before).map((r) => r.method)).toEqual(["GET", "PATCH"]); // discovery, then the one PATCH
    expect(accountOf(peer, person.email)?.title).toBe("Staff Engineer");
  });

  it("deactivates a leaver with active: false, and reactivates the same account for a rehire", async () => {
    const person = fixture.people[2];
    const accountId = accountOf(peer, person.email)!.id;
    await updateEmployee(person.id, { terminationDate: "2025-03-31", status: "inactive" });
    const left = await sync(fixture, { today: "2025-04-02" });
    const row = left.results.find((r) => r.employeeId === person.id)!;
    expect(row).toMatchObject({ operation: "deactivate", status: "succeeded", message: "Deactivated the account: left on 2025-03-31" });
    expect(peer.users.get(accountId)?.active).toBe(false);
    expect(left.run.counts.deactivated).toBe(1);

    const again = await sync(fixture, { today: "2025-04-03" });
    expect(again.results.find((r) => r.employeeId === person.id)).toMatchObject({ status: "skipped", message: "Account already deactivated" });

    await updateEmployee(person.id, { terminationDate: null, status: "active" });
    const back = await sync(fixture, { today: "2025-06-01" });
    expect(back.results.find((r) => r.employeeId === person.id)).toMatchObject({ operation: "update", status: "succeeded", message: "Reactivated the account (rehire)" });
    expect(peer.users.get(accountId)?.active).toBe(true);
    expect(peer.users.size).toBe(5);
  });

  it("relinks when the linked account was deleted in the target (404): matches again, else creates it", async () => {
    const person = fixture.people[3];
    const old = accountOf(peer, person.email)!;
    peer.users.delete(old.id);
    await updateEmployee(person.id, { position: "Principal Engineer" });
    const { results } = await sync(fixture);
    const row = results.find((r) => r.employeeId === person.id)!;
    expect(row).toMatchObject({ operation: "provision", status: "succeeded" });
    expect(row.message).toMatch(/^The linked account .* no longer exists \(404\); created the account/);
    const fresh = accountOf(peer, person.email)!;
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.title).toBe("Principal Engineer");
    expect((await linkOf(fixture.connectionId, person.id)).externalId).toBe(fresh.id);
  });
});

describe("SCIM linking and conflicts", () => {
  let peer: ScimPeer;
  beforeAll(async () => {
    peer = await startScimServer({ token: TOKEN });
  });
  afterAll(async () => peer.stop());

  it("links a pre-existing account instead of creating one, and updates what differs", async () => {
    const fixture = await fixtureFor(peer, 2);
    const [person] = fixture.people;
    const res = await fetch(`${peer.url}/Users`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/scim+json" },
      body: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: person.email, title: "Old title", active: true }),
    });
    const existing = (await res.json()) as { id: string };
    const { run, results } = await sync(fixture);
    expect(run.counts).toMatchObject({ linked: 1, provisioned: 1 });
    const row = results.find((r) => r.employeeId === person.id)!;
    expect(row.operation).toBe("link");
    expect(row.message).toContain(`Linked the existing account ${person.email} (id ${existing.id}, matched by userName); updated`);
    expect(peer.users.get(existing.id)).toMatchObject({ externalId: person.id, title: "Engineer" });
    expect([...peer.users.values()].filter((u) => u.userName === person.email)).toHaveLength(1);
  });

  it("fails as duplicate accounts when two accounts match, rather than guessing", async () => {
    const fixture = await fixtureFor(peer, 2);
    const [person] = fixture.people;
    for (const userName of ["dup-one@old.test", "dup-two@old.test"]) {
      await fetch(`${peer.url}/Users`, {
        method: "POST",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/scim+json" },
        body: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName, emails: [{ type: "work", value: person.email }] }),
      });
    }
    const { run, results } = await sync(fixture);
    expect(run.status).toBe("partially_succeeded");
    const row = results.find((r) => r.employeeId === person.id)!;
    expect(row).toMatchObject({ status: "failed", errorCode: "scim.duplicate_accounts" });
    expect(row.message).toMatch(/^Duplicate accounts in the target: 2 accounts match work email/);
    expect(row.exchange?.request?.method).toBe("GET");
    expect([...peer.users.values()].filter((u) => JSON.stringify(u.emails ?? []).includes(person.email))).toHaveLength(2);
  });

  it("on 409 uniqueness (the account appeared after the lookup), finds the account and links it", async () => {
    const fixture = await fixtureFor(peer, 1);
    const [person] = fixture.people;
    peer.hooks.onRequest = ({ method }) => {
      if (method !== "POST") return;
      peer.hooks.onRequest = undefined;
      const now = new Date().toISOString();
      peer.users.set("racer", { id: "racer", userName: person.email, schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], meta: { created: now, lastModified: now, version: 'W/"1"' } });
    };
    const { results } = await sync(fixture);
    const row = results[0];
    expect(row).toMatchObject({ operation: "link", status: "succeeded" });
    expect(row.message).toMatch(/^The target answered 409 uniqueness: userName .* already exists; linked the existing account/);
    expect((await linkOf(fixture.connectionId, person.id)).externalId).toBe("racer");
  });

  it("without a record of what was pushed, reads the account and patches only what differs", async () => {
    const fixture = await fixtureFor(peer, 1);
    const [person] = fixture.people;
    await sync(fixture);
    await db.update(employeeLinks).set({ pushedAttributes: null, pushedHash: "unknown" }).where(eq(employeeLinks.employeeId, person.id));
    await updateEmployee(person.id, { position: "Architect" });
    const { results } = await sync(fixture);
    expect(results[0]).toMatchObject({ operation: "update", status: "succeeded", message: "Updated title" });
    expect(results[0].exchange?.request?.body).toMatchObject({ Operations: [{ op: "replace", path: "title", value: "Architect" }] });
    expect(accountOf(peer, person.email)?.emails).toHaveLength(1);
  });

  it("turns a SCIM error body into the row's message and never retries it", async () => {
    const fixture = await fixtureFor(peer, 2);
    const [a, b] = fixture.people;
    await sync(fixture);
    await updateEmployee(b.id, { email: a.email });
    const { run, results } = await sync(fixture);
    const row = results.find((r) => r.employeeId === b.id)!;
    expect(run.status).toBe("partially_succeeded");
    expect(row).toMatchObject({ operation: "update", status: "failed", errorCode: "scim.uniqueness", attempts: 1 });
    expect(row.message).toBe(`409 uniqueness: userName ${a.email} already exists`);
    expect(row.exchange?.response).toMatchObject({ status: 409, body: expect.objectContaining({ scimType: "uniqueness" }) });
  });
});

describe("SCIM runs across batches", () => {
  it("sends managers' account ids on the first run and never links one account to two people", async () => {
    const peer = await startScimServer({ token: TOKEN });
    const shared = `shared.${crypto.randomUUID().slice(0, 6)}@acme.test`;
    const fixture = await createSyncFixture({
      integrationSlug: "scim-generic",
      settings: { baseUrl: peer.url, mapping: DEFAULT_SCIM_MAPPING },
      secrets: { token: TOKEN },
      employees: somePeople(7, (i) => (i === 5 || i === 6 ? { email: shared } : {})),
    });
    const p = fixture.people;
    // batches of two: [p0 p1] [p2 p3] [p4 p5] [p6]
    await updateEmployee(p[1].id, { managerId: p[0].id }); // same batch
    await updateEmployee(p[2].id, { managerId: p[0].id }); // previous batch
    await updateEmployee(p[4].id, { managerId: p[0].id }); // two batches back: from the database
    await updateEmployee(p[3].id, { managerId: p[2].id }); // same batch
    await fetch(`${peer.url}/Users`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/scim+json" },
      body: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: shared }),
    });
    const tuning = { ...fast, batchSize: 2, flushSize: 2 };
    const first = await runSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId, trigger: "manual", tuning });
    if (first.status !== "ran") throw new Error(first.status);
    const results = await resultsOf(first.run.id);
    const id = (i: number) => [...peer.users.values()].find((u) => u.externalId === p[i].id)?.id;
    for (const [report, manager] of [[1, 0], [2, 0], [4, 0], [3, 2]]) {
      expect((peer.users.get(id(report)!) as Record<string, { manager?: { value?: string } }>)[ENTERPRISE]?.manager?.value).toBe(id(manager));
    }
    expect(results.find((r) => r.employeeId === p[5].id)).toMatchObject({ operation: "link", status: "succeeded" });
    // Caught either by the link check (p5's link) or by the lookup (the account now carries p5's externalId).
    const second = results.find((r) => r.employeeId === p[6].id)!;
    expect(second.status).toBe("failed");
    expect(["link.conflict", "scim.account_conflict"]).toContain(second.errorCode);
    expect(peer.users.size).toBe(6);

    const before = peer.requests.length;
    const again = await runSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId, trigger: "manual", tuning });
    if (again.status !== "ran") throw new Error(again.status);
    expect(again.run.counts).toMatchObject({ skipped: 6, failed: 1 });
    expect(peer.requests.slice(before).every((r) => r.method === "GET")).toBe(true);
    await peer.stop();
  });
});

describe("SCIM targets with ETags or without PATCH", () => {
  it("sends If-Match, and on 412 reads the account again and retries against its new version", async () => {
    const peer = await startScimServer({ token: TOKEN, etag: true });
    const fixture = await fixtureFor(peer, 1);
    const [person] = fixture.people;
    await sync(fixture);
    const account = accountOf(peer, person.email)!;
    expect((await linkOf(fixture.connectionId, person.id)).etag).toBe('W/"1"');
    peer.touch(account.id, { nickName: "changed by an admin" }); // version 2: our ETag is stale
    await updateEmployee(person.id, { department: "Finance" });
    const before = peer.requests.length;
    const { results } = await sync(fixture);
    expect(results[0]).toMatchObject({ operation: "update", status: "succeeded" });
    expect(peer.requests.slice(before).map((r) => `${r.method} ${r.status}`)).toEqual(["GET 200", "PATCH 412", "GET 200", "PATCH 200"]);
    expect(peer.users.get(account.id)).toMatchObject({ nickName: "changed by an admin", [ENTERPRISE]: expect.objectContaining({ department: "Finance" }) });
    expect((await linkOf(fixture.connectionId, person.id)).etag).toBe('W/"3"');
    await peer.stop();
  });

  it("updates with PUT and active: true when the target does not support PATCH", async () => {
    const peer = await startScimServer({ token: TOKEN, patch: false });
    const fixture = await fixtureFor(peer, 1);
    const [person] = fixture.people;
    await sync(fixture);
    await updateEmployee(person.id, { position: "Team Lead" });
    const { results } = await sync(fixture);
    expect(results[0]).toMatchObject({ operation: "update", status: "succeeded" });
    expect(results[0].exchange?.request).toMatchObject({ method: "PUT", body: expect.objectContaining({ active: true, title: "Team Lead", userName: person.email }) });
    expect(peer.requests.some((r) => r.method === "PATCH")).toBe(false);
    expect(accountOf(peer, person.email)?.title).toBe("Team Lead");
    await peer.stop();
  });
});
