import dns from "node:dns";
import { networkInterfaces } from "node:os";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SCIM_MAPPING } from "@/lib/connections/settings";
import { runConnectionTest } from "@/lib/connections/run-connection-test";
import { checkTargetAddress, createTargetAddressPolicy } from "@/lib/connections/target-address-policy";
import { validateTargetUrl } from "@/lib/connections/validate-target-url";
import { runSync } from "@/lib/sync/run-sync";
import { createSyncFixture, resultsOf, somePeople } from "@/lib/sync/testing/sync-fixtures";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";
import { startWebhookReceiver } from "@/lib/testing/webhook-receiver";

const TOKEN = "ssrf-test-token";
const SECRET = `whsec_${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`;
const METADATA = "169.254.169.254 is link-local (cloud metadata: AWS, GCP, Azure, OpenStack, Oracle, DigitalOcean)";

/** Host names ending in .customer.test resolve to loopback, as a name an attacker controls could. */
const realLookup = dns.lookup;
const lookups: string[] = [];
function resolveCustomerNamesTo(address: string) {
  vi.spyOn(dns, "lookup").mockImplementation(((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    if (!hostname.endsWith(".customer.test")) return (realLookup as (...args: unknown[]) => void)(hostname, options, callback);
    lookups.push(hostname);
    const family = address.includes(":") ? 6 : 4;
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as typeof dns.lookup);
}

const saved = { loopback: process.env.ALLOW_LOOPBACK_TARGETS, ranges: process.env.TARGET_ALLOWED_PRIVATE_RANGES };
let peer: ScimPeer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  peer = await startScimServer({ token: TOKEN });
  receiver = await startWebhookReceiver({ secret: SECRET });
});
afterAll(async () => {
  await peer.stop();
  await receiver.stop();
});
beforeEach(() => {
  // As in production: loopback refused, no private range allowed.
  process.env.ALLOW_LOOPBACK_TARGETS = "false";
  delete process.env.TARGET_ALLOWED_PRIVATE_RANGES;
  resolveCustomerNamesTo("127.0.0.1");
  lookups.length = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const [name, value] of [["ALLOW_LOOPBACK_TARGETS", saved.loopback], ["TARGET_ALLOWED_PRIVATE_RANGES", saved.ranges]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("SSRF guard: requests to targets", () => {
  it("a connection test to the cloud metadata address is refused before connecting; the exchange records the request and why", async () => {
    const scim = await runConnectionTest("scim", { baseUrl: "http://169.254.169.254/latest/meta-data" }, { token: TOKEN });
    expect(scim).toEqual({
      ok: false,
      message: `Target address not allowed: ${METADATA}`,
      exchanges: [{ request: expect.objectContaining({ method: "GET", url: "http://169.254.169.254/latest/meta-data/ServiceProviderConfig" }) }],
    });
    for (const url of ["http://[::ffff:169.254.169.254]/hooks", "http://2852039166/hooks", "http://metadata.google.internal/computeMetadata/v1/"]) {
      const webhook = await runConnectionTest("webhook", { url }, { signingSecret: SECRET });
      expect(webhook, url).toMatchObject({ ok: false, message: expect.stringMatching(/^Target address not allowed: (::ffff:a9fe:a9fe|169\.254\.169\.254) is link-local \(cloud metadata|^Target address not allowed: metadata\.google\.internal is a cloud metadata host name$/) });
    }
    expect(lookups).toEqual([]);
  });

  it("a name resolving to loopback is refused when it connects: the loopback server sees no request", async () => {
    const byName = peer.url.replace("127.0.0.1", "directory.customer.test");
    expect(validateTargetUrl(byName)).toEqual({ ok: true, url: byName }); // a name passes the form; its addresses are checked on connect
    const scim = await runConnectionTest("scim", { baseUrl: byName }, { token: TOKEN });
    expect(scim).toMatchObject({ ok: false, message: "Target address not allowed: 127.0.0.1 is loopback (resolved from directory.customer.test)" });
    expect(scim.exchanges).toHaveLength(1);
    expect(scim.exchanges[0].response).toBeUndefined();
    const hook = await runConnectionTest("webhook", { url: receiver.url.replace("127.0.0.1", "hooks.customer.test") }, { signingSecret: SECRET });
    expect(hook).toMatchObject({ ok: false, message: "Target address not allowed: 127.0.0.1 is loopback (resolved from hooks.customer.test)" });
    const literal = await runConnectionTest("scim", { baseUrl: peer.url.replace("127.0.0.1", "localhost") }, { token: TOKEN });
    expect(literal).toMatchObject({ ok: false, message: "Target address not allowed: localhost is loopback" });
    expect(lookups).toEqual(["directory.customer.test", "hooks.customer.test"]);
    expect(peer.requests).toHaveLength(0);
    expect(receiver.events).toHaveLength(0);
  });

  it("a sync to such a name fails at once as network.blocked, without retries and without any request", async () => {
    const fixture = await createSyncFixture({
      integrationSlug: "scim-generic",
      settings: { baseUrl: peer.url.replace("127.0.0.1", "directory.customer.test"), mapping: DEFAULT_SCIM_MAPPING },
      secrets: { token: TOKEN },
      employees: somePeople(5),
    });
    const result = await runSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId, trigger: "manual", tuning: { concurrency: 1 } });
    if (result.status !== "ran") throw new Error(result.status);
    expect(result.run.status).toBe("failed");
    expect(result.run.error).toBe("Target address not allowed: 127.0.0.1 is loopback (resolved from directory.customer.test)");
    expect(result.run.errorExchange).toEqual({ request: expect.objectContaining({ method: "GET", url: expect.stringMatching(/^http:\/\/directory\.customer\.test:\d+\/scim\/v2\//) }) });
    const results = await resultsOf(result.run.id);
    expect(results).toHaveLength(5);
    expect(results.every((r) => r.status === "failed" && r.errorCode === "network.blocked" && r.attempts <= 1)).toBe(true);
    expect(lookups).toHaveLength(1);
    expect(peer.requests).toHaveLength(0);
  });

  it("with loopback allowed the same calls go through; a kept-alive connection is refused again once it is not", async () => {
    process.env.ALLOW_LOOPBACK_TARGETS = "true";
    const byName = peer.url.replace("127.0.0.1", "directory.customer.test");
    expect(await runConnectionTest("scim", { baseUrl: byName }, { token: TOKEN })).toMatchObject({ ok: true, summary: { totalUsers: 0 } });
    expect(await runConnectionTest("scim", { baseUrl: peer.url.replace("127.0.0.1", "localhost") }, { token: TOKEN })).toMatchObject({ ok: true });
    expect(await runConnectionTest("webhook", { url: receiver.url }, { signingSecret: SECRET })).toMatchObject({ ok: true });
    expect(receiver.events).toHaveLength(1);
    const seen = peer.requests.length;
    expect(seen).toBe(4);
    // The socket to directory.customer.test is still open: reusing it skips the lookup, not the check.
    process.env.ALLOW_LOOPBACK_TARGETS = "false";
    expect(await runConnectionTest("scim", { baseUrl: byName }, { token: TOKEN })).toMatchObject({ ok: false, message: "Target address not allowed: 127.0.0.1 is loopback" });
    expect(peer.requests).toHaveLength(seen);
  });

  it("a private address is refused unless TARGET_ALLOWED_PRIVATE_RANGES holds its range", async () => {
    const strict = createTargetAddressPolicy({ allowLoopback: false });
    const nic = Object.values(networkInterfaces())
      .flat()
      .find((n) => n && !n.internal && checkTargetAddress(n.address, strict).allowed === false && (checkTargetAddress(n.address, strict) as { category: string }).category === "private");
    if (!nic) throw new Error("this test needs a network interface with a private address (10/8, 172.16/12, 192.168/16, fc00::/7)");
    const own = await startScimServer({ token: TOKEN, host: nic.address });
    try {
      const host = nic.family === "IPv6" ? `[${nic.address}]` : nic.address;
      const baseUrl = own.url.replace("127.0.0.1", host);
      expect(validateTargetUrl(baseUrl)).toMatchObject({ ok: false, problem: "private" });
      const refused = await runConnectionTest("scim", { baseUrl }, { token: TOKEN });
      expect(refused).toMatchObject({ ok: false, message: `Target address not allowed: ${nic.address} is in a private range and not in TARGET_ALLOWED_PRIVATE_RANGES` });
      expect(own.requests).toHaveLength(0);
      process.env.TARGET_ALLOWED_PRIVATE_RANGES = nic.cidr!;
      expect(validateTargetUrl(baseUrl)).toEqual({ ok: true, url: baseUrl });
      expect(await runConnectionTest("scim", { baseUrl }, { token: TOKEN })).toMatchObject({ ok: true });
      expect(own.requests).toHaveLength(2);
    } finally {
      await own.stop();
    }
  });
});
