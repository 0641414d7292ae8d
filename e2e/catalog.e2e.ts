import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signIn } from "./support/browser";

/** The catalog as people use it: a prospect finds a partner integration and asks for a demo; the partner's sales works it. */
describe("catalog, demo requests and the inbox", () => {
  let browser: Browser;
  const email = `prospect.${randomUUID().slice(0, 8)}@example.com`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function visitor(locale = "en-US"): Promise<Page> {
    return (await newContext(browser, locale)).newPage();
  }
  async function as(userEmail: string): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, userEmail);
    return page;
  }
  const cardNames = (page: Page) => page.locator("article h2").allTextContents();

  it("an anonymous visitor searches with a typo, filters by tier and category, and requests a demo", async () => {
    const page = await visitor();
    await page.goto("/integrations");
    await expect(page.getByRole("heading", { level: 1, name: "Integrations" }).isVisible()).resolves.toBe(true);
    await page.getByRole("searchbox", { name: "Search integrations" }).fill("slak");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/q=slak/);
    expect((await cardNames(page))[0]).toBe("Slack");

    await page.goto("/integrations");
    await page.getByRole("navigation", { name: "Filters" }).getByRole("link", { name: "Elite" }).click();
    await page.waitForURL(/tier=elite/);
    await page.getByRole("navigation", { name: "Filters" }).getByRole("link", { name: /^Learning/ }).click();
    await page.waitForURL((url) => url.searchParams.get("category") === "learning" && url.searchParams.get("tier") === "elite");
    await page.getByRole("heading", { name: "Lernwerk Academy" }).waitFor();
    const names = await cardNames(page);
    expect(names).toContain("Lernwerk Academy");
    expect(names).not.toContain("Slack");
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("tier") === "elite" && !url.searchParams.has("category"));
    await page.goForward();
    await page.waitForURL(/category=learning/);

    await page.getByRole("link", { name: "Lernwerk Academy" }).click();
    await page.waitForURL("**/integrations/lernwerk-academy");
    await expect(page.getByRole("heading", { level: 1, name: "Lernwerk Academy" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Sign in to connect" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Contact the partner's support" }).getAttribute("href")).resolves.toBe("https://lernwerk.example/support");

    const form = page.locator("#request-demo");
    await form.getByLabel("Your name").fill("Petra Prospect");
    await form.getByLabel("Work email").fill("petra@@example");
    await form.getByLabel("Company", { exact: true }).fill("Prospect AG");
    await form.getByLabel("Company size").selectOption("51-200");
    await form.getByLabel(/I agree/).check();
    await form.getByRole("button", { name: "Request demo" }).click();
    await page.locator("#email-error").waitFor();
    expect(await page.locator("#email-error").textContent()).toContain("valid email address");
    expect(await form.getByLabel("Company", { exact: true }).inputValue()).toBe("Prospect AG");

    await form.getByLabel("Work email").fill(email);
    await form.getByLabel(/I agree/).check();
    await form.getByRole("button", { name: "Request demo" }).click();
    await page.waitForURL("**/integrations/demo-requested");
    await expect(page.getByRole("heading", { name: "Thank you – your demo request was sent" }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it("the partner's sales user finds it in the inbox, moves it to contacted and exports CSV", async () => {
    const page = await as("sales@partner.test");
    await page.goto("/demo-requests");
    const row = page.locator("tr", { hasText: email });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.getByText("Lernwerk Academy").count()).resolves.toBe(1);
    await row.getByRole("button", { name: "Move to Contacted" }).click();
    await row.getByRole("button", { name: "Move to Scheduled" }).waitFor();
    expect(await row.locator("span[title]").first().textContent()).toContain("Contacted");

    await page.getByLabel("Status", { exact: true }).selectOption("contacted");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/status=contacted/);
    await expect(page.locator("tr", { hasText: email }).count()).resolves.toBe(1);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv).toContain(email);
    expect(csv).toContain("Contacted");
    expect(csv).toContain("Lernwerk Academy");
    await page.context().close();
  });

  it("sales at the platform never sees the partner's requests", async () => {
    const page = await as("sales@platform.test");
    await page.goto("/demo-requests");
    await expect(page.getByText(email).count()).resolves.toBe(0);
    await page.context().close();
  });

  it("an HR admin opens a first-party integration and sees Connect; the marketplace leads to connected integrations", async () => {
    const page = await as("admin@acme.test");
    await page.goto("/marketplace");
    await expect(page.getByRole("main").getByRole("link", { name: /Connected integrations/ }).getAttribute("href")).resolves.toBe("/connections");
    await expect(page.getByRole("main").getByRole("link", { name: "Request an integration" }).first().getAttribute("href")).resolves.toBe("/request-integration");
    await page.getByRole("searchbox", { name: "Search integrations" }).fill("zoom");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Zoom", exact: true }).click();
    await page.waitForURL("**/marketplace/zoom");
    const connect = page.getByRole("link", { name: "Connect", exact: true });
    await expect(connect.getAttribute("href")).resolves.toBe("/marketplace/zoom/connect");
    await expect(page.getByRole("heading", { name: "Help & Feedback" }).isVisible()).resolves.toBe(true);
    await page.getByLabel("What can we help you with?").fill("New hires are not invited to #general.");
    await page.getByRole("button", { name: "Send to support" }).click();
    await page.getByText("Our support team will get back to you.").waitFor();
    // the demo company has Slack connected: its Connect button says Manage
    await page.goto("/marketplace/slack");
    await expect(page.getByRole("link", { name: "Manage", exact: true }).getAttribute("href")).resolves.toMatch(/^\/connections\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("link", { name: "Connect", exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole("img", { name: /Monitoring: each sync run/ }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it("an employee without rights cannot reach the marketplace", async () => {
    const page = await as("employee@acme.test");
    await page.goto("/marketplace/slack");
    await expect(page.getByRole("heading", { name: "You need edit rights for Marketplace and API" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Connect", exact: true }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it("speaks German to a German browser, and an empty result offers Request an integration and the API docs", async () => {
    const page = await visitor("de-DE");
    await page.goto("/integrations?q=zzzyyxx");
    await expect(page.getByText("Keine passende Integration").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("main").getByRole("link", { name: "Integration anfragen" }).first().getAttribute("href")).resolves.toBe("/request-integration");
    await page.goto("/integrations/slack");
    await expect(page.getByRole("link", { name: "Zum Verbinden anmelden" }).isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("link", { name: "Sign in to connect" }).waitFor();
    await page.context().close();
  });

  it("a visitor requests an integration; a signed-in admin votes for it", async () => {
    const tool = `Tool ${randomUUID().slice(0, 6)}`;
    const page = await visitor();
    await page.goto("/request-integration");
    await page.getByLabel("Tool name").fill(tool);
    await page.getByLabel("What should the integration do?").fill("Sync new hires");
    await page.getByRole("button", { name: "Send request" }).click();
    await page.getByText("Thank you! Your request is listed below.").waitFor();
    await page.locator(`[data-request="${tool}"]`).waitFor();
    await page.context().close();

    const admin = await as("admin@acme.test");
    await admin.goto("/request-integration");
    const item = admin.locator(`[data-request="${tool}"]`);
    await expect(item.getByText("0 votes").count()).resolves.toBe(1);
    await item.getByRole("button", { name: "Vote" }).click();
    await item.getByText("1 vote").waitFor();
    await item.getByRole("button", { name: "Notify me" }).waitFor();
    await admin.context().close();
  });
});
