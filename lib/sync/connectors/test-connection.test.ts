import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";
import { startWebhookReceiver } from "@/lib/testing/webhook-receiver";
import { testScimConnection } from "./scim/test-connection";
import { testWebhookConnection } from "./webhook/test-connection";

describe("Test connection against a real SCIM server (scimmy)", () => {
  let peer: ScimPeer;
  beforeAll(async () => {
    peer = await startScimServer({ token: "right-token" });
  });
  afterAll(async () => peer.stop());

  it("reads ServiceProviderConfig and lists one user, writing nothing", async () => {
    const result = await testScimConnection({ settings: { baseUrl: `${peer.url}/` }, secrets: { token: "right-token" } });
    expect(result).toMatchObject({ ok: true, summary: { patch: true, filter: true, totalUsers: 0 } });
    expect(peer.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /scim/v2/ServiceProviderConfig", "GET /scim/v2/Users"]);
    expect(peer.users.size).toBe(0);
  });

  it("shows the target's 401 message for a wrong token, and never stores the token", async () => {
    const result = await testScimConnection({ settings: { baseUrl: peer.url }, secrets: { token: "wrong-token" } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(401);
    expect(result.message).toBe("401: Invalid or missing bearer token");
    expect(JSON.stringify(result.exchanges)).not.toContain("wrong-token");
    expect(result.exchanges[0].request?.headers?.authorization).toBe("[redacted]");
  });

  it("fails when an HTML page answers instead of the SCIM service (a proxy's login page), keeping the page", async () => {
    peer.hooks.onRequest = () => ({ status: 200, contentType: "text/html", body: "<html><head><title>Guest Wi-Fi login</title></head><body>Sign in</body></html>" });
    const result = await testScimConnection({ settings: { baseUrl: peer.url }, secrets: { token: "right-token" } });
    peer.hooks.onRequest = undefined;
    expect(result).toMatchObject({ ok: false, status: 200, message: expect.stringMatching(/^The target answered an HTML page instead of JSON \(200, text\/html: "Guest Wi-Fi login"\)/) });
    if (!result.ok) expect(result.exchanges[0].response?.body).toContain("<title>Guest Wi-Fi login</title>");
  });

  it("says when the host cannot be reached", async () => {
    const result = await testScimConnection({ settings: { baseUrl: "http://127.0.0.1:59999/scim/v2" }, secrets: { token: "x" } });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toMatch(/could not be reached \(unreachable\)/);
  });
});

describe("Test delivery to a webhook endpoint verifying Standard Webhooks signatures", () => {
  const secret = `whsec_${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`;

  it("delivers a signed test event the receiver verifies", async () => {
    const receiver = await startWebhookReceiver({ secret });
    const result = await testWebhookConnection({ settings: { url: receiver.url }, secrets: { signingSecret: secret } });
    expect(result.ok).toBe(true);
    expect(receiver.events).toHaveLength(1);
    expect(receiver.events[0]).toMatchObject({ type: "webhook.test", verified: true });
    await receiver.stop();
  });

  it("does not take an HTML page answered with 200 for a delivery", async () => {
    const receiver = await startWebhookReceiver({ secret, respond: () => ({ status: 200, contentType: "text/html", body: "<!DOCTYPE html><html><title>Proxy login</title></html>" }) });
    const result = await testWebhookConnection({ settings: { url: receiver.url }, secrets: { signingSecret: secret } });
    expect(result).toMatchObject({ ok: false, status: 200, message: expect.stringMatching(/^The target answered an HTML page instead of JSON/) });
    await receiver.stop();
  });

  it("reports the endpoint's refusal when the secret does not match", async () => {
    const receiver = await startWebhookReceiver({ secret });
    const other = `whsec_${Buffer.from("another-secret-another-secret-32").toString("base64")}`;
    const result = await testWebhookConnection({ settings: { url: receiver.url }, secrets: { signingSecret: other } });
    expect(result).toMatchObject({ ok: false, status: 401 });
    expect(receiver.rejected).toBe(1);
    await receiver.stop();
  });
});
