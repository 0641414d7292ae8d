import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";
import { launchBrowser, newContext, signIn } from "./support/browser";
import { addNotice, LEAKY_TOKEN, removeConnection, seedAcmeMonitoring } from "./support/monitoring-seed";

/**
 * An HR admin retries the failed employees of a run. The last step needs the sync
 * engine's worker (it turns the queued job into a run with trigger "retry"), which
 * syncs them to a real SCIM peer (scimmy) on loopback.
 */
describe("Retry failed employees", () => {
  let browser: Browser;
  let page: Page;
  let seeded: Awaited<ReturnType<typeof seedAcmeMonitoring>>;
  let monitoringUrl: string;
  let peer: ScimPeer;

  beforeAll(async () => {
    browser = await launchBrowser();
    peer = await startScimServer({ token: LEAKY_TOKEN, port: 3369 });
    seeded = await seedAcmeMonitoring({ failed: 2, baseUrl: peer.url });
    await addNotice(seeded.acme.id, seeded.connection.id, seeded.run.id);
    monitoringUrl = `/connections/${seeded.connection.id}/monitoring`;
    page = await (await newContext(browser)).newPage();
    await signIn(page, "admin@acme.test");
  });
  afterAll(async () => {
    await browser?.close();
    await removeConnection(seeded.connection.id);
    await peer?.stop();
  });

  it("HR admin marks the notice read and queues a retry of the failed employees", async () => {
    await page.goto(monitoringUrl);
    const notice = page.getByText("SCIM 2.0 (generic): some employees fail to sync.");
    expect(await notice.isVisible()).toBe(true);
    await page.getByRole("button", { name: "Mark as read" }).first().click();
    await notice.waitFor({ state: "detached" });

    await page.locator('tbody[data-run-status="partially_succeeded"]').getByRole("link", { name: "Show details" }).click();
    await page.getByText("Starts a run limited to the 2 failed employees of this run, marked as a retry.").waitFor();
    await page.getByRole("button", { name: "Retry failed employees" }).click();
    await page.getByText("Retry queued for 2 employees.").waitFor();
    expect(await page.getByRole("button", { name: "Retry failed employees" }).count()).toBe(0);
  });

  it("sees a new retry run (needs the sync engine's worker)", async () => {
    await page.goto(monitoringUrl);
    const retryRun = page.locator('tbody[data-run-status] [data-testid="run-trigger"]', { hasText: /^Retry$/ });
    const deadline = Date.now() + 75_000;
    while ((await retryRun.count()) === 0 && Date.now() < deadline) {
      await page.waitForTimeout(1500);
      await page.reload();
    }
    expect(await retryRun.count()).toBe(1);
    const row = page.locator("tbody[data-run-status]", { has: page.locator('[data-testid="run-trigger"]', { hasText: /^Retry$/ }) });
    // the retry ran against the peer for the two failed employees only
    expect(peer.requests.some((r) => r.path.includes("/Users"))).toBe(true);
    expect(await row.getByRole("link", { name: "Retry of an earlier run" }).getAttribute("href")).toBe(`${monitoringUrl}/runs/${seeded.run.id}`);
  }, 120_000);
});
