import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/db";
import { BASE_URL, launchBrowser, newContext, signIn } from "./support/browser";

/** What each seeded user sees and may not see, through the real built app. */
describe("sign-in and rights, as each seeded user", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function as(email: string, locale = "en-US"): Promise<Page> {
    const context = await newContext(browser, locale);
    const page = await context.newPage();
    await signIn(page, email);
    return page;
  }

  const navLinks = async (page: Page) =>
    (await page.getByRole("navigation", { name: /main navigation|hauptnavigation/i }).getByRole("link").allTextContents()).map((s) => s.trim());

  it("sends a signed-out visitor to sign-in, and refuses a wrong password", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/marketplace");
    expect(new URL(page.url()).pathname).toBe("/signin");
    await page.getByLabel("Work email").fill("admin@acme.test");
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.locator("#password-error").waitFor();
    await expect(page.locator("#password-error").textContent()).resolves.toContain("not correct");
    await context.close();
  });

  it("HR admin: Marketplace, Connected integrations, Employees, API credentials; no Demo requests", async () => {
    const page = await as("admin@acme.test");
    expect(await navLinks(page)).toEqual(["Marketplace", "Connected integrations", "Employees", "API credentials"]);
    await page.goto("/marketplace");
    await expect(page.getByRole("heading", { level: 1, name: "Marketplace" }).isVisible()).resolves.toBe(true);
    await page.goto("/demo-requests");
    await expect(page.getByRole("heading", { name: "You need edit rights for Marketplace and API" }).count()).resolves.toBe(1);
    await expect(page.locator("[data-right]").allTextContents()).resolves.toEqual(["Demo requests: manage"]);
    await page.context().close();
  });

  it("employee: refused the marketplace with the missing rights named", async () => {
    const page = await as("employee@acme.test");
    expect(await navLinks(page)).toEqual([]);
    await page.goto("/marketplace");
    await expect(page.getByRole("heading", { name: "You need edit rights for Marketplace and API" }).isVisible()).resolves.toBe(true);
    await expect(page.locator("[data-right]").allTextContents()).resolves.toEqual(["Marketplace: edit", "API: edit"]);
    await page.context().close();
  });

  it("support staff: Connected integrations and Employees, no Connect and no edit controls", async () => {
    const page = await as("support@acme.test");
    expect(await navLinks(page)).toEqual(["Connected integrations", "Employees"]);
    await page.goto("/connections");
    await expect(page.getByRole("heading", { level: 1, name: "Connected integrations" }).isVisible()).resolves.toBe(true);
    for (const name of [/^connect$/i, /deactivate/i, /disconnect/i, /edit configuration/i, /sync now/i]) {
      await expect(page.getByRole("button", { name }).count()).resolves.toBe(0);
      await expect(page.getByRole("link", { name }).count()).resolves.toBe(0);
    }
    await page.goto("/marketplace");
    await expect(page.locator("[data-right]").allTextContents()).resolves.toEqual(["Marketplace: edit", "API: edit"]);
    await page.context().close();
  });

  it("platform sales sees Demo requests and nothing else", async () => {
    const page = await as("sales@platform.test");
    expect(await navLinks(page)).toEqual(["Demo requests"]);
    await page.goto("/demo-requests");
    await expect(page.getByRole("heading", { level: 1, name: "Demo requests" }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it("partner sales sees Demo requests", async () => {
    const page = await as("sales@partner.test");
    expect(await navLinks(page)).toEqual(["Demo requests"]);
    await page.context().close();
  });

  it("the second company's admin gets 404 for the first company's employee profile", async () => {
    const acme = await as("admin@acme.test");
    await acme.goto("/employees");
    const firstProfile = await acme.locator('table a[href^="/employees/"]').first().getAttribute("href");
    expect(firstProfile).toMatch(/^\/employees\/[0-9a-f-]{36}$/);
    const own = await acme.goto(firstProfile!);
    expect(own?.status()).toBe(200);
    await acme.context().close();

    const globex = await as("admin@globex.test");
    const response = await globex.goto(firstProfile!);
    expect(response?.status()).toBe(404);
    await expect(globex.getByRole("heading", { name: "Not found" }).isVisible()).resolves.toBe(true);
    await globex.context().close();
  });

  it("speaks German when the browser asks for it, and the switcher changes it", async () => {
    const page = await as("support@acme.test", "de-DE");
    expect(await navLinks(page)).toEqual(["Verbundene Integrationen", "Mitarbeitende"]);
    try {
      await page.getByRole("button", { name: "English" }).click();
      await page.waitForLoadState("networkidle");
      await page.reload();
      expect(await navLinks(page)).toEqual(["Connected integrations", "Employees"]);
    } finally {
      // The switcher saved English on the account: later tests expect support's browser language again.
      await getPool().query("update users set locale = null where email = 'support@acme.test'");
      await page.context().close();
    }
  });

  it("signs out", async () => {
    const page = await as("admin@acme.test");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/signin");
    await page.goto("/employees");
    expect(new URL(page.url()).pathname).toBe("/signin");
    await page.context().close();
  });

  it("reports health", async () => {
    const res = await fetch(`${BASE_URL}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "up", jobQueue: "up" });
  });

  it("sends the browser only the messages a page's client components use", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "admin@acme.test");
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const html = async (path: string) => (await fetch(`${BASE_URL}${path}`, { headers: { cookie } })).text();
    // "Step {current} of {total}" is the connect wizard's; the home page has no client part that needs it.
    const home = await html("/home");
    expect(home).not.toContain("Step {current} of {total}");
    expect(home).not.toContain("captive portal");
    // Monitoring's client parts get Monitoring's messages (its causes among them); /connections does not.
    const connections = await html("/connections");
    expect(connections).not.toContain("captive portal");
    const { rows } = await getPool().query(
      "select c.id from connections c join integrations i on i.id = c.integration_id join organizations o on o.id = c.organization_id where o.slug = 'acme' and i.slug = 'slack'",
    );
    expect(await html(`/connections/${rows[0].id}/monitoring`)).toContain("captive portal");
    await context.close();
  });
});
