import { and, count, eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/db";
import { employees, organizations, syncRuns, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { quarantineIfFailing } from "@/lib/connections/quarantine-connection";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";
import { startWebhookReceiver } from "@/lib/testing/webhook-receiver";
import { launchBrowser, newContext, signIn } from "./support/browser";

const TOKEN = "e2e-scim-token-5c1f0a9d7e3b";
const WRONG = "e2e-wrong-token-11111111";
const SCIM_PORT = Number(process.env.E2E_SCIM_PORT ?? 3340);

/**
 * An HR admin connects the generic SCIM 2.0 integration to a real SCIM server
 * (scimmy + scimmy-routers) started here, the way a person would.
 */
describe("Connect: the configuration wizard and the life of a connection", () => {
  let browser: Browser;
  let peer: ScimPeer;
  let connectionId: string;
  /** every response body the browser received, to prove no secret ever comes back */
  const bodies: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    peer = await startScimServer({ token: TOKEN, port: SCIM_PORT });
  });
  afterAll(async () => {
    await browser?.close();
    await peer?.stop();
    await closeDb();
  });

  async function as(email: string, locale = "en-US", password?: string): Promise<Page> {
    const context = await newContext(browser, locale);
    // Every response passes through here, server actions' and RSC payloads included
    // (their streamed bodies are not readable from page "response" events).
    await context.route("**/*", async (route) => {
      if (route.request().url().includes("/_next/static/")) return route.continue().catch(() => undefined);
      try {
        const response = await route.fetch({ maxRedirects: 0 });
        const body = await response.body();
        bodies.push(body.toString("utf8"));
        await route.fulfill({ response, body });
      } catch {
        // the page or context closed while a prefetch was in flight
        await route.abort().catch(() => undefined);
      }
    });
    const page = await context.newPage();
    await signIn(page, email, password);
    return page;
  }

  const text = (page: Page, testId: string) => page.getByTestId(testId).first().innerText();
  const rowOf = (page: Page, id: string) => page.locator(`[data-testid="connection-row"][data-connection-id="${id}"]`);

  async function startScimWizard(page: Page): Promise<string> {
    await page.goto("/marketplace/scim-generic/connect");
    await page.getByLabel(/I allow SCIM 2.0 \(generic\)/).check();
    await page.getByRole("button", { name: "Agree and continue" }).click();
    await page.waitForURL(/step=credentials/);
    return new URL(page.url()).searchParams.get("connection")!;
  }

  it("connects SCIM 2.0 (generic): wrong token shows the target's 401, the right one passes, preview, Connect, Connected", async () => {
    const page = await as("admin@acme.test");
    await page.goto("/marketplace/scim-generic/connect");
    await expect(page.getByRole("heading", { level: 1, name: "SCIM 2.0 (generic)" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Request demo" }).getAttribute("href")).resolves.toBe("/marketplace/scim-generic#request-demo");
    await expect(page.getByTestId("permissions").innerText()).resolves.toContain("Work email");

    // Consent is required.
    await page.getByRole("button", { name: "Agree and continue" }).click();
    await page.locator("#consent-error").waitFor();
    await expect(page.locator("#consent-error").innerText()).resolves.toBe("Please agree to the permissions to continue.");
    await page.getByLabel(/I allow SCIM 2.0 \(generic\)/).check();
    await page.getByRole("button", { name: "Agree and continue" }).click();
    await page.waitForURL(/step=credentials/);
    connectionId = new URL(page.url()).searchParams.get("connection")!;

    // The SSRF guard: the cloud metadata address is refused beside the field; nothing is called.
    await page.getByLabel("Base URL").fill("http://169.254.169.254/scim/v2");
    await page.getByLabel("Bearer token").fill(TOKEN);
    await page.getByRole("button", { name: "Test connection" }).click();
    await page.locator("#baseUrl-error").waitFor();
    await expect(page.locator("#baseUrl-error").innerText()).resolves.toMatch(/^This address is never called: it is a cloud metadata/);
    await expect(page.getByLabel("Base URL").getAttribute("aria-invalid")).resolves.toBe("true");

    // A wrong token: the target's own 401 message, and nothing is kept but what was typed.
    await page.getByLabel("Base URL").fill(peer.url);
    await page.getByLabel("Bearer token").fill(WRONG);
    await page.getByRole("button", { name: "Test connection" }).click();
    await page.getByTestId("test-message").waitFor();
    await expect(text(page, "test-message")).resolves.toBe("401: Invalid or missing bearer token");
    await expect(page.getByLabel("Base URL").inputValue()).resolves.toBe(peer.url);

    // The right token: the test passes and shows what the target said.
    await page.getByLabel("Bearer token").fill(TOKEN);
    await page.getByRole("button", { name: "Test connection" }).click();
    await page.locator('[data-testid="test-result"][data-ok="true"]').waitFor();
    await expect(text(page, "test-result")).resolves.toContain("Connection works.");
    await expect(text(page, "test-result")).resolves.toContain("0 users in the target");
    await page.getByRole("button", { name: "Next" }).click();
    await page.waitForURL(/step=scope/);

    // Scope: Engineering only, with a live count that matches the directory.
    const acme = (await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, "acme")))[0].id;
    const [{ n: engineering }] = await db.select({ n: count() }).from(employees).where(and(eq(employees.organizationId, acme), eq(employees.department, "Engineering")));
    await page.getByLabel("Only employees matching the filters below").check();
    await page.getByRole("checkbox", { name: "Engineering", exact: true }).check();
    await page.waitForFunction((n) => document.querySelector('[data-testid="scope-count"]')?.textContent === `${n} employees in scope`, engineering);
    await page.getByRole("button", { name: "Next" }).click();
    await page.waitForURL(/step=mapping/);

    // Mapping: sensible defaults (userName <- work email).
    await expect(page.getByRole("textbox", { name: "Target attribute 1", exact: true }).inputValue()).resolves.toBe("userName");
    await expect(page.getByRole("combobox", { name: "Employee field 1", exact: true }).inputValue()).resolves.toBe("email");
    await page.getByRole("button", { name: "Next" }).click();
    await page.waitForURL(/step=schedule/);

    // Schedule: every 30 minutes by default; leavers deactivated on their last day.
    await expect(page.getByLabel("Every 30 minutes (recommended)").isChecked()).resolves.toBe(true);
    await expect(page.getByLabel("Deactivate their account on their last day").isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: "Next" }).click();
    await page.waitForURL(/step=review/);

    // Review: what the first sync will do, against an empty target: only provisioning.
    await expect(text(page, "summary-secret")).resolves.toBe("Stored (hidden)");
    await expect(text(page, "summary-scope")).resolves.toContain("Engineering");
    const provision = Number(await text(page, "preview-provision"));
    expect(provision).toBeGreaterThan(0);
    expect(provision).toBeLessThanOrEqual(engineering);
    for (const other of ["link", "update", "deactivate"]) await expect(text(page, `preview-${other}`)).resolves.toBe("0");
    expect(peer.users.size).toBe(0);

    await page.getByRole("button", { name: "Connect", exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/connections/${connectionId}`);
    await expect(text(page, "connection-status")).resolves.toMatch(/^Connected/);
    await expect(page.getByRole("link", { name: "Monitoring" }).getAttribute("href")).resolves.toBe(`/connections/${connectionId}/monitoring`);

    await page.goto("/connections");
    await expect(rowOf(page, connectionId).getByTestId("connection-status").innerText()).resolves.toContain("Connected");
    await page.context().close();
  });

  it("leaves a second set-up half-way: it is Pending, and Continue set-up returns to the step reached", async () => {
    const page = await as("admin@acme.test");
    const second = await startScimWizard(page);
    await page.getByLabel("Base URL").fill(peer.url);
    await page.getByLabel("Bearer token").fill(TOKEN);
    await page.getByRole("button", { name: "Next" }).click();
    await page.waitForURL(/step=scope/);
    await page.getByRole("link", { name: "Connected integrations" }).click();
    await page.waitForURL((url) => url.pathname === "/connections");
    const row = rowOf(page, second);
    await expect(row.getByTestId("connection-status").innerText()).resolves.toContain("Pending");
    await expect(row.innerText()).resolves.toContain("Set-up stopped at: Employees in scope");
    await row.getByRole("link", { name: "Continue set-up" }).click();
    await page.waitForURL(/\/marketplace\/scim-generic\/connect/);
    await expect(page.getByRole("heading", { level: 2, name: "Employees in scope" }).isVisible()).resolves.toBe(true);
    // What was entered is still there, the token only as "stored".
    await page.getByRole("link", { name: /^2\. Credentials$/ }).click();
    await page.waitForURL(/step=credentials/);
    await expect(page.getByLabel("Base URL").inputValue()).resolves.toBe(peer.url);
    await expect(page.getByLabel("Bearer token").inputValue()).resolves.toBe("");
    await expect(page.getByText("A token is stored and never shown again.").isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it("deactivates (after confirming) and reactivates, which re-tests; a failing re-test stays Inactive with the target's error", async () => {
    const page = await as("admin@acme.test");
    await page.goto(`/connections/${connectionId}`);
    await page.getByRole("button", { name: "Deactivate" }).click();
    const dialog = page.getByRole("dialog", { name: "Deactivate SCIM 2.0 (generic)?" });
    await dialog.getByRole("button", { name: "Deactivate" }).click();
    await page.getByTestId("inactive-reason").waitFor();
    await expect(text(page, "inactive-reason")).resolves.toBe("Reason: Deactivated by an admin");
    await expect(text(page, "connection-status")).resolves.toContain("Inactive");
    await expect(text(page, "overview-next-sync")).resolves.toBe("Not scheduled");

    peer.setToken("rotated-in-the-target");
    await page.getByRole("button", { name: "Reactivate" }).click();
    await page.getByTestId("test-message").waitFor();
    await expect(text(page, "action-message")).resolves.toBe("Still inactive: the connection test failed.");
    await expect(text(page, "test-message")).resolves.toBe("401: Invalid or missing bearer token");
    await expect(text(page, "connection-status")).resolves.toContain("Inactive");

    peer.setToken(TOKEN);
    await page.getByRole("button", { name: "Reactivate" }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="action-message"]')?.textContent === "Reactivated: the connection test passed.");
    await page.waitForFunction(() => document.querySelector('[data-testid="connection-status"]')?.textContent?.startsWith("Connected"));

    await page.getByRole("link", { name: "Activity" }).click();
    await page.waitForURL(/\/activity$/);
    const actions = await page.locator('[data-testid="activity-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
    expect(actions).toEqual(expect.arrayContaining(["connection.created", "connection.secret_set", "connection.settings_changed", "connection.status_changed"]));
    await expect(page.locator("table").innerText()).resolves.toContain("Inactive → Connected");
    await page.context().close();
  });

  it("shows support staff the connection read-only: no Connect, Sync now, Deactivate, Edit, Disconnect, no secret", async () => {
    const page = await as("support@acme.test");
    for (const path of ["/connections", `/connections/${connectionId}`, `/connections/${connectionId}/settings`]) {
      await page.goto(path);
      for (const name of [/^connect$/i, /sync now/i, /deactivate/i, /edit configuration/i, /disconnect/i, /continue set-up/i]) {
        await expect(page.getByRole("button", { name }).count()).resolves.toBe(0);
        await expect(page.getByRole("link", { name }).count()).resolves.toBe(0);
      }
    }
    await expect(text(page, "summary-secret")).resolves.toBe("Stored (hidden)");
    await expect(page.locator("input:not([type=hidden])").count()).resolves.toBe(0);
    const wizard = await page.goto("/marketplace/scim-generic/connect");
    expect(wizard?.status()).toBe(200);
    await expect(page.locator("[data-right]").allTextContents()).resolves.toEqual(["Marketplace: edit"]);
    await page.context().close();
  });

  it("gives another company's admin a 404 for this connection, its tabs and its wizard", async () => {
    const page = await as("admin@globex.test");
    for (const path of [`/connections/${connectionId}`, `/connections/${connectionId}/settings`, `/connections/${connectionId}/activity`, `/marketplace/scim-generic/connect?connection=${connectionId}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await page.context().close();
  });

  it("lets an admin without API rights start a set-up and invite a colleague, whose link opens the same pending wizard", async () => {
    const [acme] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, "acme"));
    const email = `starter-${Date.now()}@acme.test`;
    await db.insert(users).values({ organizationId: acme.id, email, name: "Sam Starter", passwordHash: await hashPassword("starter-password"), rights: ["marketplace:edit"] });
    const starter = await as(email, "en-US", "starter-password");
    const pendingId = await startScimWizard(starter);
    await expect(starter.getByLabel("Base URL").count()).resolves.toBe(0);
    await expect(starter.getByText(/Finishing this set-up needs edit rights for Marketplace and API/).isVisible()).resolves.toBe(true);
    await starter.getByRole("button", { name: "Create invite link" }).click();
    const link = await starter.getByLabel("Invite link", { exact: true }).inputValue();
    expect(link).toMatch(/\/marketplace\/scim-generic\/connect\?invite=/);
    await starter.context().close();

    const admin = await as("admin@acme.test");
    await admin.goto(link);
    await expect(admin.getByText("Sam Starter invited you to finish this set-up.").isVisible()).resolves.toBe(true);
    await expect(admin.getByRole("heading", { level: 2, name: "Credentials" }).isVisible()).resolves.toBe(true);
    await admin.getByLabel("Base URL").fill(peer.url);
    await admin.getByLabel("Bearer token").fill(TOKEN);
    await admin.getByRole("button", { name: "Next" }).click();
    await admin.waitForURL((url) => url.searchParams.get("connection") === pendingId && url.searchParams.get("step") === "scope");
    await admin.context().close();

    const forged = await as("admin@acme.test");
    await forged.goto(`${link}x`);
    await expect(forged.getByText("This invite link is not valid or has expired.").isVisible()).resolves.toBe(true);
    await forged.context().close();
  });

  it("edits the configuration under Settings: the wizard's steps pre-filled, saved, audited", async () => {
    const page = await as("admin@acme.test");
    await page.goto(`/connections/${connectionId}`);
    await page.getByRole("link", { name: "Edit configuration" }).click();
    await page.waitForURL(/\/settings$/);
    await expect(page.getByLabel("Base URL").inputValue()).resolves.toBe(peer.url);
    await expect(page.getByLabel("Bearer token").inputValue()).resolves.toBe("");
    await page.getByRole("link", { name: "Schedule and leavers" }).click();
    await page.waitForURL(/step=schedule/);
    await page.getByLabel("Every hour").check();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved.").waitFor();
    await page.getByRole("link", { name: "Overview" }).click();
    await page.waitForURL((url) => url.pathname === `/connections/${connectionId}`);
    await expect(text(page, "summary-schedule")).resolves.toBe("Every hour");
    await page.goto(`/connections/${connectionId}/activity`);
    await expect(page.locator('[data-testid="activity-row"]').first().innerText()).resolves.toContain("Configuration changed");
    await page.context().close();
  });

  it("tells the admins in the app when a connection is quarantined after repeated failed runs", async () => {
    const [acme] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, "acme"));
    const since = Date.now();
    for (let i = 1; i <= 5; i++) {
      const startedAt = new Date(since + i * 1000);
      await db.insert(syncRuns).values({ organizationId: acme.id, connectionId, trigger: "schedule", status: "failed", startedAt, finishedAt: startedAt, error: "503" });
    }
    // The sync engine calls this after every run (lib/sync/on-run-finished.ts).
    expect(await quarantineIfFailing({ organizationId: acme.id, connectionId })).toBe(true);
    const page = await as("admin@acme.test");
    await page.goto("/connections");
    await expect(page.getByTestId("notice").first().innerText()).resolves.toContain("SCIM 2.0 (generic) was quarantined after 5 failed syncs in a row.");
    await expect(rowOf(page, connectionId).getByTestId("inactive-reason").innerText()).resolves.toBe("Reason: Quarantined after repeated failures");
    await page.getByRole("button", { name: "Dismiss" }).first().click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="notice"]').length === 0);
    await page.context().close();
  });

  it("disconnects after confirming: gone from the list, its page a 404", async () => {
    const page = await as("admin@acme.test");
    await page.goto(`/connections/${connectionId}`);
    await page.getByRole("button", { name: "Disconnect" }).click();
    await page.getByRole("dialog", { name: "Disconnect SCIM 2.0 (generic)?" }).getByRole("button", { name: "Disconnect" }).click();
    await page.waitForURL((url) => url.pathname === "/connections");
    await page.getByText("The integration was disconnected.").waitFor();
    await expect(rowOf(page, connectionId).count()).resolves.toBe(0);
    expect((await page.goto(`/connections/${connectionId}`))?.status()).toBe(404);
    await page.context().close();
  });

  it("connects a webhook: the signing secret is generated and shown once, a test delivery is verified by the endpoint", async () => {
    const page = await as("admin@acme.test");
    await page.goto("/marketplace/webhook-generic/connect");
    await page.getByLabel(/I allow Custom webhook/).check();
    await page.getByRole("button", { name: "Agree and continue" }).click();
    await page.waitForURL(/step=endpoint/);
    await page.getByRole("button", { name: "Generate signing secret" }).click();
    const secretField = page.getByRole("textbox", { name: "Signing secret", exact: true });
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_/);
    const receiver = await startWebhookReceiver({ secret });
    try {
      await page.getByLabel("Endpoint URL").fill(receiver.url);
      await page.getByRole("button", { name: "Test delivery" }).click();
      await page.locator('[data-testid="test-result"][data-ok="true"]').waitFor();
      await expect(text(page, "test-result")).resolves.toContain("Test event delivered (HTTP 200).");
      expect(receiver.events).toEqual([expect.objectContaining({ type: "webhook.test", verified: true })]);
      await page.getByRole("button", { name: "Next" }).click();
      await page.waitForURL(/step=events/);
      for (const step of ["scope", "schedule", "review"]) {
        await page.getByRole("button", { name: "Next" }).click();
        await page.waitForURL(new RegExp(`step=${step}`));
      }
      await page.getByRole("button", { name: "Connect", exact: true }).click();
      await page.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
      await expect(text(page, "connection-status")).resolves.toMatch(/^Connected/);
      await page.getByRole("link", { name: "Settings" }).click();
      await page.waitForURL(/\/settings$/);
      await expect(page.getByText("A signing secret is stored. It is never shown again.").isVisible()).resolves.toBe(true);
    } finally {
      await receiver.stop();
    }
    expect(bodies.filter((body) => body.includes(secret))).toHaveLength(1);
    await page.context().close();
  });

  it("connects a partner integration: scoped API credentials shown once, then Pending until the partner's first call", async () => {
    const page = await as("admin@acme.test");
    await page.goto("/marketplace/hireharbor-ats/connect");
    await page.getByLabel(/I allow HireHarbor ATS/).check();
    await page.getByRole("button", { name: "Agree and continue" }).click();
    await page.waitForURL(/step=credentials/);
    await page.getByRole("button", { name: "Issue API credentials" }).click();
    const secretField = page.getByLabel("Client secret", { exact: true });
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    const clientId = await page.getByLabel("Client ID", { exact: true }).inputValue();
    expect(secret).toMatch(/^mks_/);
    await expect(page.getByText("Sign in to HireHarbor as an account admin.").isVisible()).resolves.toBe(true);
    await page.getByRole("link", { name: "Done" }).click();
    await page.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
    await expect(text(page, "connection-status")).resolves.toMatch(/^Pending/);
    await expect(page.getByText("Waiting for the partner's first API call.").isVisible()).resolves.toBe(true);
    await expect(page.getByText(clientId).isVisible()).resolves.toBe(true);
    expect(bodies.filter((body) => body.includes(secret))).toHaveLength(1);
    await page.context().close();
  });

  it("speaks German in the wizard", async () => {
    const page = await as("admin@acme.test", "de-DE");
    await page.goto("/marketplace/scim-generic/connect");
    await expect(page.getByRole("button", { name: "Zustimmen und weiter" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Demo beantragen" }).isVisible()).resolves.toBe(true);
    await expect(page.getByText("Konfigurationsassistent").isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it("never sent a token back to a browser", async () => {
    expect(bodies.length).toBeGreaterThan(20);
    // The server actions' answers are among them (the 401 only ever comes back from one).
    expect(bodies.some((body) => body.includes("401: Invalid or missing bearer token"))).toBe(true);
    const leaked = bodies.filter((body) => body.includes(TOKEN) || body.includes(WRONG));
    expect(leaked).toEqual([]);
  });
});
