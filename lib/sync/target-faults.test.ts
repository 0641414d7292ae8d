import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { connections, employeeLinks, syncRuns, type SyncResult, type SyncRun } from "@/db/schema";
import de from "@/lib/i18n/messages/de/monitoring.json";
import en from "@/lib/i18n/messages/en/monitoring.json";
import { DEFAULT_SCIM_MAPPING } from "@/lib/connections/settings";
import { groupRunErrors } from "@/lib/monitoring/group-run-errors";
import { runSync, type SyncTuning } from "@/lib/sync/run-sync";
import { createSyncFixture, resultsOf, somePeople } from "@/lib/sync/testing/sync-fixtures";
import { startScimServer, type RawAnswer, type ScimPeer } from "@/lib/testing/scim-server";
import { startWebhookReceiver, type ReceivedEvent } from "@/lib/testing/webhook-receiver";

/**
 * Target faults (issue #8): the target unreachable, resetting connections, answering
 * after 30 s, or answering garbage (an HTML login page, broken JSON). For each: what
 * the user sees (run error, error code, Monitoring's group label and hint in EN and DE)
 * and that no run, result, setting or account is lost or duplicated.
 */

const TOKEN = "target-faults-token";
const SECRET = `whsec_${Buffer.from("target-faults-test-secret-32byte").toString("base64")}`;
/** "30 s responses": held that long by the peer, while the client gives up after 1 s */
const THIRTY_SECONDS = 30_000;
const FAST: SyncTuning = { retry: { maxAttempts: 2, baseDelayMs: 20, maxDelayMs: 50 }, timeoutMs: 1_000 };

type Receiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of cleanup.splice(0).reverse()) await stop();
});

async function scimPeer(port?: number): Promise<ScimPeer> {
  const peer = await startScimServer({ token: TOKEN, port });
  cleanup.push(peer.stop);
  return peer;
}

async function receiver(options: { port?: number; respond?: (e: ReceivedEvent) => { status: number; body?: unknown; contentType?: string } | undefined } = {}): Promise<Receiver> {
  const r = await startWebhookReceiver({ secret: SECRET, ...options });
  cleanup.push(r.stop);
  return r;
}

/** A loopback port nothing listens on (connection refused). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A target that accepts connections and resets each one (TCP RST) as soon as a request arrives. */
async function resettingTarget(port = 0): Promise<{ port: number; stop: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    socket.once("data", () => socket.resetAndDestroy());
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const stop = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  };
  return { port: (server.address() as AddressInfo).port, stop };
}

const scimUrl = (port: number) => `http://127.0.0.1:${port}/scim/v2`;
const hookUrl = (port: number) => `http://127.0.0.1:${port}/hooks`;

async function scimFixture(baseUrl: string, count: number) {
  return createSyncFixture({ integrationSlug: "scim-generic", settings: { baseUrl, mapping: DEFAULT_SCIM_MAPPING }, secrets: { token: TOKEN }, employees: somePeople(count) });
}

async function webhookFixture(url: string, count: number) {
  return createSyncFixture({ integrationSlug: "webhook-generic", settings: { url }, secrets: { signingSecret: SECRET }, employees: somePeople(count) });
}

type Fixture = Awaited<ReturnType<typeof scimFixture>>;

async function sync(fixture: Fixture, tuning: SyncTuning = FAST): Promise<{ run: SyncRun; results: SyncResult[] }> {
  const result = await runSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId, trigger: "manual", tuning });
  if (result.status !== "ran") throw new Error(result.status);
  return { run: result.run, results: await resultsOf(result.run.id) };
}

/** What a fault may not touch: the connection's settings, its sealed secrets and its status. */
async function connectionState(fixture: Fixture) {
  const [row] = await db.select({ status: connections.status, settings: connections.settings, secrets: connections.encryptedSecrets }).from(connections).where(eq(connections.id, fixture.connectionId));
  return row;
}

/** Links that record something pushed (a failed employee's link row only notes the failure). */
async function linksOf(fixture: Fixture) {
  const rows = await db.select().from(employeeLinks).where(eq(employeeLinks.connectionId, fixture.connectionId));
  return rows.filter((l) => l.pushedHash !== null || l.externalId !== null);
}

function oneResultEach(results: SyncResult[], fixture: Fixture) {
  expect(results.map((r) => r.employeeId).sort()).toEqual(fixture.people.map((p) => p.id).sort());
}

/** Exactly one account per employee in the SCIM target, however often a POST was sent. */
function oneAccountEach(peer: ScimPeer, fixture: Fixture) {
  expect(peer.users.size).toBe(fixture.people.length);
  expect(new Set([...peer.users.values()].map((u) => u.externalId)).size).toBe(fixture.people.length);
}

/** Monitoring's "Errors by cause" for the run, as an HR admin reads it in English and German. */
async function whatTheUserSees(fixture: Fixture, run: SyncRun) {
  const groups = await groupRunErrors({ organizationId: fixture.org.id, runId: run.id });
  const label = (messages: typeof en, key: string | null) => (key ? (messages.errorCodes as Record<string, string>)[key] : undefined);
  return groups.map((g) => ({ code: g.code, count: g.count, en: label(en, g.labelKey), de: label(de, g.labelKey), hintEn: en.causes[g.cause], hintDe: de.causes[g.cause] }));
}

const HTML_PAGE = `<!DOCTYPE html><html><head><title>Sign in to GuestNet</title></head><body><form action="/login">${"<p>Please accept the terms of use.</p>".repeat(200)}</form></body></html>`;
const HTML: RawAnswer = { status: 200, contentType: "text/html; charset=utf-8", body: HTML_PAGE };
const BROKEN_JSON: RawAnswer = { status: 200, contentType: "application/scim+json", body: '{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":1,"Resour' };

describe("Target faults: unreachable", () => {
  it("SCIM, nothing listens: the run fails at once, one result each, settings kept; the next run creates each account once", async () => {
    const port = await closedPort();
    const fixture = await scimFixture(scimUrl(port), 5);
    const before = await connectionState(fixture);
    const { run, results } = await sync(fixture);
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/^The target could not be reached: ECONNREFUSED/);
    expect(run.errorExchange?.request).toMatchObject({ method: "GET", url: `${scimUrl(port)}/ServiceProviderConfig` });
    expect(run.errorExchange?.request?.headers?.authorization).toBe("[redacted]");
    oneResultEach(results, fixture);
    expect(results.every((r) => r.status === "failed" && r.errorCode === "network.unreachable" && r.message.startsWith("Not synced: the run stopped (The target could not be reached"))).toBe(true);
    expect(await whatTheUserSees(fixture, run)).toEqual([
      { code: "network.unreachable", count: 5, en: "the target could not be reached", de: "das Zielsystem war nicht erreichbar", hintEn: en.causes.target_unavailable, hintDe: de.causes.target_unavailable },
    ]);
    expect(await connectionState(fixture)).toEqual(before);
    expect(await linksOf(fixture)).toHaveLength(0);

    const peer = await scimPeer(port); // the target is back
    const again = await sync(fixture);
    expect(again.run).toMatchObject({ status: "succeeded", counts: expect.objectContaining({ total: 5, provisioned: 5 }) });
    oneAccountEach(peer, fixture);
    expect(await linksOf(fixture)).toHaveLength(5);
    expect(await connectionState(fixture)).toEqual(before);
    expect(await db.select({ id: syncRuns.id }).from(syncRuns).where(eq(syncRuns.connectionId, fixture.connectionId))).toHaveLength(2);
  });

  it("webhook, nothing listens: the run fails at once; the next run delivers each event once", async () => {
    const port = await closedPort();
    const fixture = await webhookFixture(hookUrl(port), 4);
    const before = await connectionState(fixture);
    const { run, results } = await sync(fixture, { ...FAST, concurrency: 1 });
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/^The target could not be reached: ECONNREFUSED/);
    oneResultEach(results, fixture);
    expect(results.every((r) => r.status === "failed" && r.errorCode === "network.unreachable")).toBe(true);
    expect(await connectionState(fixture)).toEqual(before);

    const hooks = await receiver({ port });
    const again = await sync(fixture);
    expect(again.run).toMatchObject({ status: "succeeded", counts: expect.objectContaining({ provisioned: 4 }) });
    expect(hooks.events.map((e) => e.data.employeeId).sort()).toEqual(fixture.people.map((p) => p.id).sort());
  });

  it("SCIM, the target resets every connection: the run stops after the retries; once it answers again, each account is created once", async () => {
    const reset = await resettingTarget();
    const fixture = await scimFixture(scimUrl(reset.port), 4);
    const before = await connectionState(fixture);
    const { run, results } = await sync(fixture);
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/ECONNRESET/);
    oneResultEach(results, fixture);
    expect(results.every((r) => r.status === "failed" && r.errorCode === "network.unreachable")).toBe(true);
    expect(run.errorExchange?.request?.url).toBe(`${scimUrl(reset.port)}/ServiceProviderConfig`);
    await reset.stop();

    const peer = await scimPeer(reset.port);
    const again = await sync(fixture);
    expect(again.run.status).toBe("succeeded");
    oneAccountEach(peer, fixture);
    expect(await connectionState(fixture)).toEqual(before);
  });

  it("webhook, the endpoint resets every connection: after ten employees in a row the run stops; the rest are not synced", async () => {
    const reset = await resettingTarget();
    const fixture = await webhookFixture(hookUrl(reset.port), 12);
    const { run, results } = await sync(fixture, { ...FAST, concurrency: 1 });
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/^The target kept failing: 10 employees in a row could not be synced \(last: The target did not answer: ECONNRESET/);
    oneResultEach(results, fixture);
    const tried = results.filter((r) => r.message.startsWith("The target did not answer"));
    expect(tried).toHaveLength(10);
    expect(tried.every((r) => r.errorCode === "network.unreachable" && r.attempts === 2 && r.exchange?.request?.method === "POST")).toBe(true);
    expect(results.filter((r) => r.message.startsWith("Not synced: the run stopped"))).toHaveLength(2);
    await reset.stop();

    const hooks = await receiver({ port: reset.port });
    expect((await sync(fixture)).run.status).toBe("succeeded");
    expect(new Set(hooks.events.map((e) => e.data.employeeId)).size).toBe(12);
    expect(hooks.events).toHaveLength(12);
  });
});

describe("Target faults: answers after 30 s (the client gives up after 1 s)", () => {
  it("SCIM, every answer is slow: discovery times out and the run stops at once with the request recorded", async () => {
    const peer = await scimPeer();
    peer.faults.delayMs = THIRTY_SECONDS;
    const fixture = await scimFixture(peer.url, 6);
    const { run, results } = await sync(fixture);
    expect(run.status).toBe("failed");
    expect(run.error).toBe("The target did not answer: timed out");
    expect(run.errorExchange).toEqual({ request: expect.objectContaining({ method: "GET", url: `${peer.url}/ServiceProviderConfig` }) });
    oneResultEach(results, fixture);
    expect(results.every((r) => r.errorCode === "network.timeout")).toBe(true);
    expect(await whatTheUserSees(fixture, run)).toEqual([
      { code: "network.timeout", count: 6, en: "the target did not answer in time (timeout)", de: "das Zielsystem antwortete nicht rechtzeitig (Zeitüberschreitung)", hintEn: en.causes.target_unavailable, hintDe: de.causes.target_unavailable },
    ]);
  });

  it("SCIM, lookups are slow: the employees fail as timed out (not an internal error), nothing is created, the run stops after ten", async () => {
    const peer = await scimPeer();
    peer.hooks.onRequest = ({ method, path }) => {
      peer.faults.delayMs = method === "GET" && path.endsWith("/Users") ? THIRTY_SECONDS : 0;
    };
    const fixture = await scimFixture(peer.url, 12);
    const { run, results } = await sync(fixture, { ...FAST, concurrency: 1 });
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/^The target kept failing: 10 employees in a row could not be synced \(last: Looking up existing accounts failed: the target did not answer: timed out/);
    oneResultEach(results, fixture);
    expect(results.every((r) => r.errorCode === "network.timeout")).toBe(true);
    expect(results.filter((r) => r.message.startsWith("Looking up existing accounts failed"))).toHaveLength(10);
    expect(results.find((r) => r.message.startsWith("Looking up"))?.exchange?.request).toMatchObject({ method: "GET", url: expect.stringContaining("/Users?filter=") });
    expect(peer.requests.filter((r) => r.method === "POST")).toHaveLength(0);
    expect(peer.users.size).toBe(0);
  });

  it("SCIM, a POST applied but answered too late: the retry's 409 links the account the first POST created", async () => {
    const peer = await scimPeer();
    let posts = 0;
    peer.hooks.onRequest = ({ method }) => {
      // every first POST of an employee (one at a time): created at once, answered after 30 s
      peer.faults.holdAnswerMs = method === "POST" && ++posts % 2 === 1 ? THIRTY_SECONDS : 0;
    };
    const fixture = await scimFixture(peer.url, 3);
    const { run, results } = await sync(fixture, { ...FAST, concurrency: 1 });
    expect(run.status).toBe("succeeded");
    oneResultEach(results, fixture);
    for (const r of results) {
      expect(r).toMatchObject({ operation: "link", status: "succeeded", attempts: 2 });
      expect(r.message).toMatch(/^The target answered 409 uniqueness: userName \S+ already exists; linked the existing account/);
    }
    oneAccountEach(peer, fixture);
    expect(await linksOf(fixture)).toHaveLength(3);
  });

  it("SCIM, every POST applied but answered too late: the run fails as timed out; the next run links the accounts instead of creating them again", async () => {
    const peer = await scimPeer();
    peer.hooks.onRequest = ({ method }) => {
      peer.faults.holdAnswerMs = method === "POST" ? THIRTY_SECONDS : 0;
    };
    const fixture = await scimFixture(peer.url, 3);
    const before = await connectionState(fixture);
    const { run, results } = await sync(fixture, { ...FAST, retry: { maxAttempts: 1 } });
    expect(run.status).toBe("failed");
    oneResultEach(results, fixture);
    expect(results.every((r) => r.errorCode === "network.timeout" && r.message === "The target did not answer: timed out" && r.exchange?.request?.method === "POST")).toBe(true);
    expect(await linksOf(fixture)).toHaveLength(0); // nothing assumed created
    expect(peer.users.size).toBe(3); // but the slow target did create them

    peer.hooks.onRequest = undefined;
    peer.faults.holdAnswerMs = 0;
    const posts = peer.requests.filter((r) => r.method === "POST").length;
    const again = await sync(fixture);
    expect(again.run).toMatchObject({ status: "succeeded", counts: expect.objectContaining({ linked: 3, provisioned: 0 }) });
    expect(again.results.every((r) => r.operation === "link" && /matched by externalId/.test(r.message))).toBe(true);
    expect(peer.requests.filter((r) => r.method === "POST").length).toBe(posts);
    oneAccountEach(peer, fixture);
    expect(await connectionState(fixture)).toEqual(before);
  });

  it("webhook, the endpoint takes each event but answers after 30 s: the run stops after ten; the next run resends the same webhook-ids", async () => {
    const hooks = await receiver();
    hooks.faults.holdAnswerMs = THIRTY_SECONDS;
    const fixture = await webhookFixture(hooks.url, 20);
    const { run, results } = await sync(fixture, { ...FAST, concurrency: 8 });
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/^The target kept failing: 10 employees in a row could not be synced \(last: The target did not answer: timed out/);
    oneResultEach(results, fixture);
    const timedOut = results.filter((r) => r.message.startsWith("The target did not answer: timed out"));
    expect(timedOut.length).toBeGreaterThanOrEqual(10);
    expect(timedOut.every((r) => r.errorCode === "network.timeout" && r.exchange?.request?.headers?.["webhook-id"]?.startsWith("msg_"))).toBe(true);
    expect(results.filter((r) => r.message.startsWith("Not synced: the run stopped")).length).toBe(20 - timedOut.length);
    const firstIds = new Map(hooks.events.map((e) => [e.data.employeeId as string, e.id]));

    hooks.faults.holdAnswerMs = 0;
    expect((await sync(fixture)).run.status).toBe("succeeded");
    // every employee's event carries one webhook-id however often it arrived: a receiver deduplicating by id applies it once
    const idsPerEmployee = new Map<string, Set<string>>();
    for (const e of hooks.events) idsPerEmployee.set(e.data.employeeId as string, (idsPerEmployee.get(e.data.employeeId as string) ?? new Set()).add(e.id));
    expect(idsPerEmployee.size).toBe(20);
    expect([...idsPerEmployee.values()].every((ids) => ids.size === 1)).toBe(true);
    for (const [employeeId, id] of firstIds) expect(idsPerEmployee.get(employeeId)).toEqual(new Set([id]));
  });
});

describe("Target faults: garbage instead of JSON", () => {
  const SCIM_CASES = [
    ["an HTML login page", "discovery", HTML, "response.html"],
    ["an HTML login page", "lookups", HTML, "response.html"],
    ["an HTML login page", "create", HTML, "response.html"],
    ["invalid JSON", "discovery", BROKEN_JSON, "response.invalid_json"],
    ["invalid JSON", "lookups", BROKEN_JSON, "response.invalid_json"],
    ["invalid JSON", "create", BROKEN_JSON, "response.invalid_json"],
  ] as const;

  it.each(SCIM_CASES)("SCIM answers %s to %s: a clear error, no account assumed created, one result each", async (_what, where, answer, code) => {
    const peer = await scimPeer();
    const path = { discovery: "/ServiceProviderConfig", lookups: "/Users", create: "/Users" }[where];
    const method = where === "create" ? "POST" : "GET";
    peer.hooks.onRequest = (req) => (req.method === method && req.path.endsWith(path) ? answer : undefined);
    const fixture = await scimFixture(peer.url, 12);
    const before = await connectionState(fixture);
    const { run, results } = await sync(fixture, { ...FAST, concurrency: 1 });
    expect(run.status).toBe("failed");
    const words = code === "response.html" ? 'The target answered an HTML page instead of JSON (200, text/html: "Sign in to GuestNet")' : "The target answered invalid JSON (200)";
    expect(run.error).toContain(words);
    if (where === "discovery") expect(run.error!.startsWith(words)).toBe(true);
    else expect(run.error).toMatch(/^The target kept failing: 10 employees in a row/);
    oneResultEach(results, fixture);
    expect(results.every((r) => r.status === "failed" && r.errorCode === code)).toBe(true);
    // the raw body is kept for support, truncated
    const exchange = where === "discovery" ? run.errorExchange : results.find((r) => r.message.includes(words) && !r.message.startsWith("Not synced"))!.exchange;
    expect(exchange?.request?.method).toBe(method);
    expect(exchange?.response?.status).toBe(200);
    const body = String(exchange?.response?.body);
    if (code === "response.html") expect(body).toMatch(/^<!DOCTYPE html><html><head><title>Sign in to GuestNet<\/title>.*… \[truncated, \d+ characters\]$/s);
    else expect(body).toBe(BROKEN_JSON.body);
    // nothing assumed created: no link, no account, and no POST after a lookup that could not be read
    expect(await linksOf(fixture)).toHaveLength(0);
    expect(peer.users.size).toBe(0);
    if (where !== "create") expect(peer.requests.filter((r) => r.method === "POST")).toHaveLength(0);
    const [group] = await whatTheUserSees(fixture, run);
    expect(group).toMatchObject({ code, count: 12, hintEn: en.causes.unexpected_answer, hintDe: de.causes.unexpected_answer });
    expect(group.en).toBe(code === "response.html" ? "the target answered an HTML page instead of JSON" : "the target answered invalid JSON");
    expect(group.de).toBe(code === "response.html" ? "das Zielsystem antwortete mit einer HTML-Seite statt JSON" : "das Zielsystem antwortete mit ungültigem JSON");

    peer.hooks.onRequest = undefined; // the proxy is out of the way
    expect((await sync(fixture)).run.status).toBe("succeeded");
    oneAccountEach(peer, fixture);
    expect(await connectionState(fixture)).toEqual(before);
  });

  it("webhook answered with an HTML page: not taken as delivered; the next run delivers with the same webhook-id", async () => {
    let portal = true;
    const hooks = await receiver({ respond: () => (portal ? { status: 200, contentType: "text/html", body: HTML_PAGE } : undefined) });
    const fixture = await webhookFixture(hooks.url, 3);
    const { run, results } = await sync(fixture, { ...FAST, concurrency: 1 });
    expect(run.status).toBe("failed");
    oneResultEach(results, fixture);
    expect(results.every((r) => r.status === "failed" && r.errorCode === "response.html" && r.attempts === 1)).toBe(true);
    expect(results[0].message).toMatch(/^The target answered an HTML page instead of JSON \(200, text\/html: "Sign in to GuestNet"\)/);
    expect(String(results[0].exchange?.response?.body)).toMatch(/… \[truncated, \d+ characters\]$/);
    expect(await linksOf(fixture)).toHaveLength(0);
    const firstIds = hooks.events.map((e) => e.id).sort();

    portal = false;
    expect((await sync(fixture)).run.status).toBe("succeeded");
    expect(hooks.events.slice(3).map((e) => e.id).sort()).toEqual(firstIds);
  });

  it("webhook answered 200 text/html with a plain word (Express's res.send): delivered", async () => {
    const hooks = await receiver({ respond: () => ({ status: 200, contentType: "text/html", body: "OK" }) });
    const fixture = await webhookFixture(hooks.url, 1);
    const { run } = await sync(fixture);
    expect(run.status).toBe("succeeded");
    expect(hooks.events).toHaveLength(1);
  });

  it("webhook answered 2xx with broken JSON: delivered (any 2xx is, per Standard Webhooks), no account id taken from it", async () => {
    const hooks = await receiver({ respond: () => ({ status: 200, contentType: "application/json", body: '{"id": "acct-' }) });
    const fixture = await webhookFixture(hooks.url, 2);
    const { run, results } = await sync(fixture);
    expect(run.status).toBe("succeeded");
    expect(results.every((r) => r.status === "succeeded" && r.message === "Delivered employee.provisioned")).toBe(true);
    expect((await linksOf(fixture)).map((l) => l.externalId)).toEqual([null, null]);
    expect(hooks.events).toHaveLength(2);
  });
});
