import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100";
export const DEMO_PASSWORD = "demo-password";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function newContext(browser: Browser, locale = "en-US"): Promise<BrowserContext> {
  return browser.newContext({ baseURL: BASE_URL, locale, extraHTTPHeaders: { "accept-language": locale } });
}

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel(/work email|geschäftliche e-mail/i).fill(email);
  await page.getByLabel(/^password$|^passwort$/i).fill(password);
  await page.getByRole("button", { name: /^sign in$|^anmelden$/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}
