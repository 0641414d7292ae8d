import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, launchBrowser, newContext, signIn } from "./support/browser";
import { addNotice, LEAKY_TOKEN, removeConnection, seedAcmeMonitoring } from "./support/monitoring-seed";

/** Support staff find out why an employee did not sync, as a person would, and change nothing. */
describe("Monitoring and Show details", () => {
  let browser: Browser;
  let seeded: Awaited<ReturnType<typeof seedAcmeMonitoring>>;
  let monitoringUrl: string;
  let detailsUrl: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    seeded = await seedAcmeMonitoring();
    await addNotice(seeded.acme.id, seeded.connection.id, seeded.run.id);
    monitoringUrl = `/connections/${seeded.connection.id}/monitoring`;
    detailsUrl = `${monitoringUrl}/runs/${seeded.run.id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await removeConnection(seeded.connection.id);
  });

  async function as(email: string, locale = "en-US"): Promise<Page> {
    const page = await (await newContext(browser, locale)).newPage();
    await signIn(page, email);
    return page;
  }

  async function expectReadOnly(page: Page) {
    for (const name of [/retry/i, /sync now/i, /^edit/i, /edit configuration/i, /mark as read/i, /deactivate/i, /disconnect/i]) {
      expect(await page.getByRole("button", { name }).count()).toBe(0);
      expect(await page.getByRole("link", { name }).count()).toBe(0);
    }
    expect(await page.content()).not.toContain(LEAKY_TOKEN);
  }

  it("support staff: from Connected integrations to the target's response and the employee's profile", async () => {
    const page = await as("support@acme.test");
    await page.getByRole("navigation", { name: /main navigation/i }).getByRole("link", { name: "Connected integrations" }).click();
    await page.getByRole("heading", { level: 1, name: "Connected integrations" }).waitFor();
    expect(await page.getByText("SCIM 2.0 (generic)").count()).toBeGreaterThan(0);

    // the integration's Monitoring tab (the connections pages link here; this branch opens it by its address)
    await page.goto(monitoringUrl);
    await page.getByRole("heading", { level: 1, name: "SCIM 2.0 (generic)" }).waitFor();
    expect(await page.getByRole("link", { name: "Back to SCIM 2.0 (generic)" }).getAttribute("href")).toBe(`/connections/${seeded.connection.id}`);
    expect(await page.getByText("SCIM 2.0 (generic): some employees fail to sync.").isVisible()).toBe(true);
    expect(await page.getByRole("img", { name: /duration and status of the last 3 runs/i }).count()).toBe(1);
    const runs = page.locator("tbody[data-run-status]");
    expect(await runs.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-run-status")))).toEqual(["partially_succeeded", "failed", "succeeded"]);
    const failedRun = page.locator('tbody[data-run-status="failed"]');
    expect(await failedRun.textContent()).toContain("The target answered 401 Unauthorized");
    await failedRun.locator("summary", { hasText: "Error and the target's response" }).click();
    expect(await failedRun.getByTestId("target-response").textContent()).toContain("Bearer token rejected");
    await expectReadOnly(page);

    // the partially successful run -> Show details
    const partial = page.locator('tbody[data-run-status="partially_succeeded"]');
    expect(await partial.getByText("Partially successful").count()).toBe(1);
    await partial.getByRole("link", { name: "Show details" }).click();
    await page.waitForURL((url) => url.pathname === detailsUrl);
    await page.getByRole("heading", { name: /Errors by cause/ }).waitFor();
    expect(await page.getByText("3 employees: userName already exists (409 uniqueness)").isVisible()).toBe(true);
    expect(await page.getByText("1 employee: invalid attribute value (400 invalidValue)").isVisible()).toBe(true);
    expect(await page.locator("tbody[data-result-status]").count()).toBe(12);
    await expectReadOnly(page);

    // filter to failed (in the URL), open a row, read the target's response and the redacted cURL
    await page.getByLabel("Status", { exact: true }).selectOption("failed");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("status") === "failed");
    const rows = page.locator("tbody[data-result-status]");
    expect(await rows.evaluateAll((all) => all.map((row) => row.getAttribute("data-result-status")))).toEqual(["failed", "failed", "failed", "failed"]);
    const first = seeded.failedPeople[0];
    const row = page.locator(`tbody[data-employee-id="${first.id}"]`);
    await row.getByText("Request and response").click();
    const response = row.getByTestId("target-response");
    await response.waitFor();
    expect(await response.textContent()).toContain(`userName ${first.email} already exists`);
    expect(await row.getByText("HTTP 409").count()).toBe(1);
    const curl = await row.getByTestId("curl-command").textContent();
    expect(curl).toContain("-H 'Authorization: Bearer <redacted>'");
    expect(curl).toContain("https://scim.example.test/scim/v2/Users");
    expect(await row.getByRole("button", { name: "Copy as cURL" }).count()).toBe(1);
    await expectReadOnly(page);

    // follow the employee link to the profile, where the Integrations section tells the same story
    await row.getByRole("link", { name: new RegExp(`^${first.employeeNumber} · `) }).click();
    await page.waitForURL((url) => url.pathname === `/employees/${first.id}`);
    await page.getByRole("heading", { level: 1, name: `${first.firstName} ${first.lastName}` }).waitFor();
    const integrations = page.getByTestId("employee-integrations");
    expect(await integrations.textContent()).toContain("SCIM 2.0 (generic)");
    expect(await integrations.textContent()).toContain(`userName ${first.email} already exists`);
    expect(await page.getByTestId("employee-recent-results").textContent()).toContain("Provisioning");
    await expectReadOnly(page);
    await page.context().close();
  });

  it("each error group is a filter; other filters, sort and pages live in the URL", async () => {
    const page = await as("support@acme.test");
    await page.goto(detailsUrl);
    await page.locator('li[data-error-code="http.400.invalidValue"]').getByRole("link", { name: "Show these rows" }).click();
    await page.waitForURL((url) => url.searchParams.get("error") === "http.400.invalidValue");
    expect(await page.locator("tbody[data-result-status]").count()).toBe(1);
    expect(await page.getByText("Showing the error group: invalid attribute value (400 invalidValue)").isVisible()).toBe(true);

    await page.goto(`${detailsUrl}?operation=none&sort=newest`);
    expect(await page.locator("tbody[data-result-status]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-result-status")))).toEqual(["skipped", "skipped"]);
    await page.goto(`${detailsUrl}?q=${encodeURIComponent(seeded.people[5].email)}`);
    expect(await page.locator(`tbody[data-employee-id="${seeded.people[5].id}"]`).count()).toBe(1);
    expect(await page.locator("tbody[data-result-status]").count()).toBe(1);
    await page.goto(`${detailsUrl}?status=bogus`);
    expect(await page.locator("#result-status-error").textContent()).toContain("not one of the choices");
    expect(await page.locator("tbody[data-result-status]").count()).toBe(12);
    await page.goto(`${monitoringUrl}?status=failed&from=2000-01-01`);
    expect(await page.locator("tbody[data-run-status]").count()).toBe(1);
    await page.goto(`${monitoringUrl}?from=tomorrow`);
    expect(await page.locator("#run-from-error").textContent()).toContain("YYYY-MM-DD");
    await page.context().close();
  });

  it("exports the filtered rows as CSV for support, and nothing for another company", async () => {
    const page = await as("support@acme.test");
    await page.goto(`${detailsUrl}?status=failed`);
    const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    expect(href).toBe(`/api/connections/${seeded.connection.id}/runs/${seeded.run.id}/results.csv?status=failed`);
    const csv = await page.request.get(href!);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain("Sync date,Employee ID,Name,Email,Use case,Status,Error code,Message");
    await page.context().close();

    const globex = await as("admin@globex.test");
    expect((await globex.goto(detailsUrl))?.status()).toBe(404);
    expect((await globex.goto(monitoringUrl))?.status()).toBe(404);
    expect((await globex.request.get(`${BASE_URL}${href}`)).status()).toBe(404);
    await globex.context().close();

    const employee = await as("employee@acme.test");
    await employee.goto(detailsUrl);
    expect(await employee.getByRole("heading", { name: "You need edit rights for Marketplace and API" }).count()).toBe(1);
    expect((await employee.request.get(`${BASE_URL}${href}`)).status()).toBe(403);
    await employee.context().close();
  });

  it("speaks German", async () => {
    const page = await as("support@acme.test", "de-DE");
    await page.goto(monitoringUrl);
    expect(await page.locator('tbody[data-run-status="partially_succeeded"]').getByText("Teilweise erfolgreich").count()).toBe(1);
    await page.locator('tbody[data-run-status="partially_succeeded"]').getByRole("link", { name: "Details anzeigen" }).click();
    await page.getByRole("heading", { name: "Fehler nach Ursache" }).waitFor();
    expect(await page.getByText("3 Mitarbeitende: userName existiert bereits (409 uniqueness)").isVisible()).toBe(true);
    await page.context().close();
  });
});
