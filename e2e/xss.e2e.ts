import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { eq, inArray } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { demoRequests, employees, integrations, organizations } from "@/db/schema";
import { counts, createConnection, createResults, createRun } from "@/lib/monitoring/testing/fixtures";
import { BASE_URL, DEMO_PASSWORD, launchBrowser, newContext, signIn } from "./support/browser";
import { removeConnection } from "./support/monitoring-seed";
import { visitAndCheckNoXss, XSS_PAYLOADS } from "./support/xss";

/**
 * Stored and reflected XSS: hostile text saved in the database, or put in a URL, is
 * shown as text and never run. Each page is opened once; `visitAndCheckNoXss` reports
 * a dialog or the window flag the payloads set.
 */
let browser: Browser;
const ALL = XSS_PAYLOADS.join(" | ");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function as(email: string | null): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  if (email) await signIn(page, email);
  return page;
}

async function expectSafe(page: Page, path: string, literal: readonly string[] = XSS_PAYLOADS): Promise<string> {
  const { executed, text } = await visitAndCheckNoXss(page, path);
  expect(executed, path).toBe(false);
  for (const payload of literal) expect(text, path).toContain(payload);
  // no element came out of the payloads: they are text nodes only
  expect(await page.locator("[onerror], [onload]").count(), path).toBe(0);
  return text;
}

async function orgId(slug: string): Promise<string> {
  const [org] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug));
  return org.id;
}

describe("no stored XSS through employee names", () => {
  const ids: string[] = [];

  beforeAll(async () => {
    const acme = await orgId("acme");
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const [row] = await db
        .insert(employees)
        .values({ organizationId: acme, employeeNumber: 90000 + i, firstName: payload, lastName: `Xss${i}`, email: `xss${i}@acme.test`, hireDate: "2024-01-01", position: payload, department: payload })
        .returning({ id: employees.id });
      ids.push(row.id);
    }
  });
  afterAll(async () => {
    // other browser tests count Acme's employees: leave the company as the seed made it
    if (ids.length) await db.delete(employees).where(inArray(employees.id, ids));
  });

  it("renders hostile names literally in the directory and on the profile", async () => {
    const page = await as("admin@acme.test");
    await expectSafe(page, "/employees?q=Xss");
    for (const [i, id] of ids.entries()) await expectSafe(page, `/employees/${id}`, [XSS_PAYLOADS[i]]);
    await page.context().close();
  });
});

describe("no stored XSS through catalog texts", () => {
  // a listing of our own (fresh slug: never cached before), its texts full of payloads;
  // the partner of Lernwerk Academy provides it, so its sales user's inbox is the one to check
  const token = `xssprobe${randomUUID().slice(0, 6)}`;
  const slug = `${token}-listing`;
  let integrationId = "";

  beforeAll(async () => {
    const [lernwerk] = await db.select().from(integrations).where(eq(integrations.slug, "lernwerk-academy"));
    const { id: _id, searchVector: _v, searchNames: _n, createdAt: _c, updatedAt: _u, ...base } = lernwerk;
    const both = { en: ALL, de: ALL };
    const [row] = await db
      .insert(integrations)
      .values({
        ...base,
        slug,
        name: `${token} ${XSS_PAYLOADS[0]}`,
        summaryEn: ALL,
        summaryDe: ALL,
        descriptionEn: ALL,
        descriptionDe: ALL,
        developerName: ALL,
        pricingModel: "on_request",
        pricingNote: both,
        setupSteps: [both],
        screenshots: [{ src: "/screenshots/slack-monitoring.svg", caption: both }],
      })
      .returning({ id: integrations.id });
    integrationId = row.id;
  });
  afterAll(async () => {
    if (integrationId) await db.delete(integrations).where(eq(integrations.id, integrationId)); // demo requests cascade
  });

  it("shows the listing's texts literally on the public list and detail page", async () => {
    const page = await as(null);
    // the unfiltered list comes from the page cache; a text search is rendered per request
    const list = await expectSafe(page, `/integrations?q=${token}`, [XSS_PAYLOADS[0]]);
    expect(list).toContain(ALL); // the summary on the card
    // a fresh slug: the cached twin is rendered on this first visit (with the cached pages' CSP)
    const detail = await expectSafe(page, `/integrations/${slug}`);
    expect(detail).toContain(ALL);
    expect(await page.locator("figcaption").filter({ hasText: XSS_PAYLOADS[1] }).count()).toBe(1);
    await page.context().close();
  });

  it("shows them literally in the in-app marketplace to an HR admin", async () => {
    const page = await as("admin@acme.test");
    const list = await expectSafe(page, `/marketplace?q=${token}`, [XSS_PAYLOADS[0]]);
    expect(list).toContain(ALL);
    const detail = await expectSafe(page, `/marketplace/${slug}`);
    expect(detail).toContain(ALL);
    await page.context().close();
  });

  it("demo requests: the public form refuses markup; stored hostile requests show literally in the inbox and its CSV", async () => {
    const visitor = await as(null);
    await expectSafe(visitor, `/integrations/${slug}`, []);
    const form = visitor.locator("#request-demo");
    await form.getByLabel("Your name").fill(XSS_PAYLOADS[1]);
    await form.getByLabel("Work email").fill(`xss.${token}@example.com`);
    await form.getByLabel("Company", { exact: true }).fill(XSS_PAYLOADS[2]);
    await form.getByLabel("Company size").selectOption("51-200");
    await form.getByLabel(/I agree/).check();
    await form.getByRole("button", { name: "Request demo" }).click();
    await visitor.locator("#name-error").waitFor();
    expect(await visitor.locator("#name-error").textContent()).toContain("Please leave out < and >.");
    expect(await visitor.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await visitor.context().close();

    // what the form refuses may still be in the table (older data, other writers): the inbox must not trust it
    const provider = await db.select({ id: integrations.providerOrganizationId }).from(integrations).where(eq(integrations.id, integrationId));
    const email = `xss.${token}@example.com`;
    await db.insert(demoRequests).values({
      integrationId,
      providerOrganizationId: provider[0].id,
      name: XSS_PAYLOADS[0],
      email,
      company: XSS_PAYLOADS[1],
      companySize: "51-200",
      message: `${XSS_PAYLOADS[2]}\n${XSS_PAYLOADS[3]}`,
      consent: true,
    });
    const sales = await as("sales@partner.test");
    await expectSafe(sales, `/demo-requests?integration=${integrationId}`);
    const [download] = await Promise.all([sales.waitForEvent("download"), sales.getByRole("link", { name: "Export CSV" }).click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    // CSV quoting doubles the quotes; formula cells are defused (covered in lib/demo-requests/demo-requests.test.ts)
    for (const payload of XSS_PAYLOADS) expect(csv).toContain(payload.replaceAll('"', '""'));
    await sales.context().close();
  });
});

describe("no stored XSS through target error messages", () => {
  let connectionId = "";
  let runId = "";
  let failedRunId = "";
  // what a hostile or broken target might answer: HTML instead of JSON
  const htmlBody = `<html><body>${ALL}</body></html>`;

  beforeAll(async () => {
    const acme = await orgId("acme");
    const [someone] = await db.select().from(employees).where(eq(employees.organizationId, acme)).limit(1);
    const connection = await createConnection(acme, { nextSyncAt: new Date(Date.now() + 365 * 24 * 60 * 60 * 1000), settings: { baseUrl: "http://127.0.0.1:9/scim/v2", syncOnEmployeeChange: false } });
    connectionId = connection.id;
    const failed = await createRun(connection, {
      status: "failed",
      error: `The target answered 500: ${ALL}`,
      errorExchange: { request: { method: "GET", url: "http://127.0.0.1:9/scim/v2/Users?count=1" }, response: { status: 500, headers: { "content-type": "text/html" }, body: htmlBody } },
    });
    failedRunId = failed.id;
    const run = await createRun(connection, { status: "partially_succeeded", counts: counts({ total: 1, failed: 1 }) });
    runId = run.id;
    await createResults(run, [
      {
        employeeId: someone.id,
        operation: "provision",
        status: "failed",
        errorCode: "http.500",
        message: `Target error: ${ALL}`,
        attempts: 1,
        exchange: { request: { method: "POST", url: "http://127.0.0.1:9/scim/v2/Users", body: { userName: XSS_PAYLOADS[2] } }, response: { status: 500, body: htmlBody } },
      },
    ]);
  });
  afterAll(async () => {
    if (connectionId) await removeConnection(connectionId);
  });

  for (const user of ["support@acme.test", "admin@acme.test"]) {
    it(`shows the target's answer literally to ${user}`, async () => {
      const page = await as(user);
      const base = `/connections/${connectionId}/monitoring`;
      await expectSafe(page, `${base}/runs/${failedRunId}`);
      expect(await page.getByTestId("target-response").textContent()).toBe(htmlBody);

      await expectSafe(page, `${base}/runs/${runId}`, [XSS_PAYLOADS[0]]);
      const row = page.locator("tbody[data-result-status='failed']");
      await row.getByText("Request and response").click();
      await row.getByTestId("target-response").waitFor();
      expect(await row.getByTestId("target-response").textContent()).toBe(htmlBody);
      expect(await row.innerText()).toContain(`Target error: ${ALL}`);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      await page.context().close();
    });
  }
});

describe("no reflected XSS through query parameters", () => {
  const q = (value: string) => encodeURIComponent(value);

  it("catalog search, public and in-app, keeps the query as text", async () => {
    const visitor = await as(null);
    for (const payload of XSS_PAYLOADS) {
      await expectSafe(visitor, `/integrations?q=${q(payload)}&category=${q(payload)}&tier=${q(payload)}`, []);
      expect(await visitor.getByRole("searchbox", { name: "Search integrations" }).inputValue()).toBe(payload);
    }
    await visitor.context().close();
    const admin = await as("admin@acme.test");
    await expectSafe(admin, `/marketplace?q=${q(XSS_PAYLOADS[2])}`, []);
    expect(await admin.getByRole("searchbox", { name: "Search integrations" }).inputValue()).toBe(XSS_PAYLOADS[2]);
    await admin.context().close();
  });

  it("monitoring filters ignore or show hostile values as text", async () => {
    const acme = await orgId("acme");
    const connection = await createConnection(acme, { nextSyncAt: new Date(Date.now() + 365 * 24 * 60 * 60 * 1000) });
    const run = await createRun(connection, { status: "succeeded" });
    try {
      const page = await as("support@acme.test");
      const base = `/connections/${connection.id}/monitoring`;
      const hostile = XSS_PAYLOADS.map((p, i) => `${["status", "from", "to", "cursor"][i]}=${q(p)}`).join("&");
      await expectSafe(page, `${base}?${hostile}`, []);
      await expectSafe(page, `${base}/runs/${run.id}?q=${q(XSS_PAYLOADS[1])}&status=${q(XSS_PAYLOADS[0])}&operation=${q(XSS_PAYLOADS[2])}&sort=${q(XSS_PAYLOADS[3])}`, []);
      await page.context().close();
    } finally {
      await removeConnection(connection.id);
    }
  });

  it("sign-in: hostile parameters run nothing and callbackUrl never leaves the site", async () => {
    const page = await as(null);
    // a made-up outside site: if the app sent the browser there, it would answer
    await page.context().route(/^https?:\/\/evil\.example\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "evil" }));
    for (const payload of XSS_PAYLOADS) await expectSafe(page, `/signin?callbackUrl=${q(payload)}&error=${q(payload)}`, []);

    // after signing in, the browser goes to callbackUrl: only ever a path on this site
    await page.goto(`/signin?callbackUrl=${q("/\\evil.example/")}`);
    await page.getByLabel("Work email").fill("admin@acme.test");
    await page.getByLabel(/^password$/i).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: /^sign in$/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    expect(new URL(page.url()).origin).toBe(new URL(BASE_URL).origin);

    // signed in, /signin redirects at once: the same rule
    for (const target of ["/\\evil.example/", "/\t/evil.example/", "//evil.example/", "https://evil.example/", "javascript:window.__xss=5"]) {
      await page.goto(`/signin?callbackUrl=${q(target)}`);
      expect(new URL(page.url()).origin, target).toBe(new URL(BASE_URL).origin);
    }
    await page.goto(`/signin?callbackUrl=${q("/connections?x=1")}`);
    expect(new URL(page.url()).pathname).toBe("/connections");
    await page.context().close();
  });
});
