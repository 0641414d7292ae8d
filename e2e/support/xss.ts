import type { Page } from "playwright-core";

/** Payloads that would run if any page rendered them as HTML. Each sets window.__xss or opens a dialog. */
export const XSS_PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=2">`,
  `"><svg onload="window.__xss=3">`,
  `javascript:window.__xss=4`,
] as const;

/** Opens a page and reports whether anything injected ran (a dialog, or window.__xss set). */
export async function visitAndCheckNoXss(page: Page, path: string): Promise<{ executed: boolean; text: string }> {
  let dialog = false;
  const onDialog = async (d: { dismiss: () => Promise<void> }) => {
    dialog = true;
    await d.dismiss();
  };
  page.on("dialog", onDialog);
  await page.goto(path);
  await page.waitForLoadState("load");
  const flagged = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss !== undefined);
  const text = await page.locator("body").innerText();
  page.off("dialog", onDialog);
  return { executed: dialog || flagged, text };
}
