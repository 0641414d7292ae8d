import { and, eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/db";
import { connections, integrations, organizations, syncResults, syncRuns } from "@/db/schema";
import { BASE_URL, launchBrowser, newContext, signIn } from "./support/browser";

/**
 * The custom-integration flow through the built app: an HR admin creates API credentials
 * for a partner integration's connection, copies the secret, and a test client (plain
 * fetch) uses it to list employees and report a sync run.
 */
describe("API credentials and the public API, end to end", () => {
  let browser: Browser;
  let acmeId: string;
  let connectionId: string;
  let integrationName: string;
  let secret: { clientId: string; clientSecret: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    const [acme] = await db.select().from(organizations).where(eq(organizations.slug, "acme"));
    const [integration] = await db.select().from(integrations).where(eq(integrations.slug, "lernwerk-academy"));
    acmeId = acme.id;
    integrationName = integration.name;
    const [connection] = await db.insert(connections).values({ organizationId: acme.id, integrationId: integration.id, status: "pending" }).returning();
    connectionId = connection.id;
  });
  afterAll(async () => {
    await browser?.close();
    await closeDb();
  });

  async function asAdmin(): Promise<Page> {
    const context = await newContext(browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL });
    const page = await context.newPage();
    await signIn(page, "admin@acme.test");
    return page;
  }

  async function token(clientId: string, clientSecret: string): Promise<Response> {
    return fetch(`${BASE_URL}/api/v1/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
    });
  }

  it("an HR admin creates credentials for a partner integration and copies the secret", async () => {
    const page = await asAdmin();
    await page.goto("/api-credentials");
    await expect(page.getByRole("heading", { level: 1, name: "API credentials" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("heading", { name: "Build your own integration" }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole("link", { name: "Read the API reference" }).getAttribute("href")).toBe("/developers");

    await page.getByRole("link", { name: "Create API credentials" }).first().click();
    await page.waitForURL("**/api-credentials/new");
    // nothing chosen: every problem is explained beside its field
    await page.getByRole("button", { name: "Create credentials" }).click();
    await page.locator("#scopes-error").waitFor();
    await expect(page.locator("#name-error").textContent()).resolves.toBe("Give the credentials a name.");
    await expect(page.locator("#scopes-error").textContent()).resolves.toBe("Choose at least one scope.");

    await page.getByLabel("Name").fill("Lernwerk sync");
    await page.getByLabel("Partner integration (optional)").selectOption(connectionId);
    expect(await page.locator("#connectionId option:checked").textContent()).toBe(`${integrationName} (Pending)`);
    for (const scope of ["Employees: read", "Sync runs: read", "Sync runs: report (partner integrations)"]) await page.getByLabel(scope, { exact: true }).check();
    await page.getByLabel("Only the fields chosen below").check();
    for (const field of ["First name", "Work email"]) await page.getByLabel(field, { exact: true }).check();
    await page.getByRole("button", { name: "Create credentials" }).click();

    await page.getByRole("heading", { name: "Copy the secret now" }).waitFor();
    await page.getByRole("button", { name: "Copy: Client secret" }).click();
    await page.getByRole("button", { name: "Copy: Client secret" }).filter({ hasText: "Copied" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^mks_/);
    expect(await page.getByRole("textbox", { name: "Client secret" }).inputValue()).toBe(copied);
    secret = { clientId: await page.getByRole("textbox", { name: "Client ID" }).inputValue(), clientSecret: copied };

    await page.getByRole("link", { name: "I have copied the secret" }).click();
    await page.waitForURL(/\/api-credentials\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: "Lernwerk sync" }).isVisible()).resolves.toBe(true);
    // the secret is never shown again
    expect(await page.content()).not.toContain(copied);
    await page.context().close();
  });

  it("a test client lists employees with the copied secret and reports a sync run", async () => {
    const tokenRes = await token(secret.clientId, secret.clientSecret);
    expect(tokenRes.status).toBe(200);
    const { access_token: accessToken, scope } = await tokenRes.json();
    expect(scope).toBe("employees:read sync-runs:read sync-runs:write");
    const auth = { authorization: `Bearer ${accessToken}` };

    const list = await fetch(`${BASE_URL}/api/v1/employees?limit=3`, { headers: auth });
    expect(list.status).toBe(200);
    expect(list.headers.get("ratelimit-policy")).toMatch(/"client";q=\d+;w=60/);
    const page = await list.json();
    expect(page.data).toHaveLength(3);
    // only the fields the admin allowed
    expect(Object.keys(page.data[0]).sort()).toEqual(["email", "employee_number", "first_name", "id", "updated_at"]);
    const ids: string[] = page.data.map((e: { id: string }) => e.id);

    const report = await fetch(`${BASE_URL}/api/v1/sync-runs`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({
        items: [
          { employee_id: ids[0], operation: "provision", status: "succeeded", message: "Learner account created" },
          { employee_id: ids[1], operation: "update", status: "failed", message: "Course catalogue unavailable", error_code: "lms.503" },
          { employee_id: ids[2], status: "skipped" },
        ],
      }),
    });
    expect(report.status).toBe(201);
    const run = await report.json();
    expect(run).toMatchObject({ connection_id: connectionId, trigger: "partner", status: "partially_succeeded", counts: { total: 3, provisioned: 1, failed: 1, skipped: 1 } });

    const readBack = await fetch(`${BASE_URL}${report.headers.get("location")}`, { headers: auth });
    expect(await readBack.json()).toEqual(run);
    const failed = await fetch(`${BASE_URL}/api/v1/sync-runs/${run.id}/items?status=failed`, { headers: auth });
    expect((await failed.json()).data).toEqual([expect.objectContaining({ employee_id: ids[1], message: "Course catalogue unavailable" })]);

    // stored for Monitoring beside the first-party runs
    const [stored] = await db.select().from(syncRuns).where(and(eq(syncRuns.organizationId, acmeId), eq(syncRuns.id, run.id)));
    expect(stored).toMatchObject({ connectionId, trigger: "partner", status: "partially_succeeded" });
    expect(await db.select().from(syncResults).where(eq(syncResults.runId, run.id))).toHaveLength(3);

    // a refused request is a problem document
    const refused = await fetch(`${BASE_URL}/api/v1/employees/${ids[0]}`, { method: "PATCH", headers: { ...auth, "content-type": "application/json" }, body: "{}" });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(await refused.json()).toMatchObject({ code: "insufficient_scope" });
  });

  it("the admin sees the partner connection connected, and when the credentials were last used", async () => {
    const page = await asAdmin();
    await page.goto("/connections");
    const item = page.getByRole("row").filter({ hasText: integrationName });
    await expect(item.first().textContent()).resolves.toContain("Connected");
    await page.goto("/api-credentials");
    const row = page.getByRole("row").filter({ hasText: "Lernwerk sync" });
    await expect(row.textContent()).resolves.toContain(secret.clientId);
    expect(await row.getByRole("cell").nth(6).textContent()).not.toBe("Never");
    // the reported run appears in Monitoring beside the first-party runs
    await page.goto(`/connections/${connectionId}/monitoring`);
    const reported = page.locator('tbody[data-run-status="partially_succeeded"]');
    await expect(reported.count()).resolves.toBe(1);
    await expect(reported.textContent()).resolves.toContain("Reported by the partner");
    await page.context().close();
  });

  it("rotating shows a new secret once; the old one stops working and the connection becomes inactive", async () => {
    const page = await asAdmin();
    await page.goto("/api-credentials");
    await page.getByRole("link", { name: "Lernwerk sync" }).click();
    await page.getByRole("button", { name: "Rotate secret" }).click();
    await page.getByRole("button", { name: "Yes, continue" }).click();
    await page.getByRole("heading", { name: "Copy the secret now" }).waitFor();
    const newSecret = await page.getByRole("textbox", { name: "Client secret" }).inputValue();
    expect(newSecret).not.toBe(secret.clientSecret);
    expect((await token(secret.clientId, secret.clientSecret)).status).toBe(401);
    expect((await token(secret.clientId, newSecret)).status).toBe(200);
    const [connection] = await db.select().from(connections).where(eq(connections.id, connectionId));
    expect(connection).toMatchObject({ status: "inactive", inactiveReason: "credentials_rotated" });
    await page.context().close();
  });

  it("support staff are refused the credentials page", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "support@acme.test");
    await page.goto("/api-credentials");
    await expect(page.locator("[data-right]").allTextContents()).resolves.toEqual(["API: edit"]);
    await context.close();
  });

  it("the API reference at /developers is rendered on the server and loads nothing from elsewhere", async () => {
    const context = await newContext(browser, "de-DE");
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== BASE_URL) foreign.push(request.url());
    });
    await page.goto("/developers");
    await expect(page.getByRole("heading", { level: 1, name: "API-Referenz" }).isVisible()).resolves.toBe(true);
    await expect(page.locator("#listEmployees").textContent()).resolves.toContain("/api/v1/employees");
    await expect(page.locator("#reportSyncRun").textContent()).resolves.toContain("sync-runs:write");
    await expect(page.locator("#error-insufficient_scope").textContent()).resolves.toContain("403");
    expect(foreign).toEqual([]);
    // the page is complete without JavaScript
    const html = await (await fetch(`${BASE_URL}/developers`)).text();
    expect(html).toContain('id="requestAccessToken"');
    expect(html).toContain("/api/v1/sync-runs/{id}/items");
    await context.close();
  });
});

