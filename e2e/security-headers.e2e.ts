import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, launchBrowser, newContext, signIn } from "./support/browser";
import { startAppServer, stopChild, waitFor } from "./support/own-server";

/** Signs in through next-auth's credentials endpoint; returns the session's Set-Cookie line. */
async function sessionSetCookie(base: string): Promise<string | undefined> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") },
    body: new URLSearchParams({ csrfToken, email: "admin@acme.test", password: "demo-password", json: "true" }),
  });
  return res.headers.getSetCookie().find((c) => c.includes("session-token="));
}

describe("security headers and session cookies", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it("sends a nonce-based CSP without unsafe-inline scripts, and the nonce is on Next's scripts", async () => {
    const res = await fetch(`${BASE_URL}/signin`);
    const csp = res.headers.get("content-security-policy") ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // a fresh nonce per request
    const again = (await fetch(`${BASE_URL}/signin`)).headers.get("content-security-policy");
    expect(again).not.toBe(csp);
  });

  it("sends the other protective headers, and HSTS only behind TLS", async () => {
    const plain = await fetch(`${BASE_URL}/`);
    expect(plain.headers.get("x-frame-options")).toBe("DENY");
    expect(plain.headers.get("x-content-type-options")).toBe("nosniff");
    expect(plain.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const tls = await fetch(`${BASE_URL}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(tls.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("keeps the session cookie HttpOnly and SameSite=Lax, and the app works under the CSP", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await signIn(page, "admin@acme.test");
    const session = (await context.cookies()).find((c) => c.name.includes("next-auth.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(violations).toEqual([]);
    await context.close();
  });

  it("refuses a server action posted from another site", async () => {
    const html = await (await fetch(`${BASE_URL}/`)).text();
    const actionField = /name="(\$ACTION_ID_[^"]+)"/.exec(html);
    expect(actionField).not.toBeNull();
    const post = (origin: string) => {
      const body = new FormData();
      body.set(actionField![1], "");
      body.set("locale", "de");
      return fetch(`${BASE_URL}/`, { method: "POST", body, headers: { origin }, redirect: "manual" });
    };
    const crossSite = await post("https://evil.example");
    expect(crossSite.status).toBeGreaterThanOrEqual(400);
    expect(crossSite.headers.get("set-cookie") ?? "").not.toContain("locale=de");
    const sameSite = await post(new URL(BASE_URL).origin);
    expect(sameSite.status).toBeLessThan(400);
    expect(sameSite.headers.get("set-cookie") ?? "").toContain("locale=de");
  });

  it("marks the session cookie Secure (and __Secure-) when the app is served over TLS", async () => {
    const port = Number(process.env.TLS_APP_PORT ?? 3198);
    const base = `http://127.0.0.1:${port}`;
    // A TLS-terminating proxy in front: the public URL is https, the app listens on plain HTTP.
    const app = startAppServer(port, { DATABASE_URL: process.env.DATABASE_URL!, WORKER_IN_PROCESS: "false", NEXTAUTH_URL: `https://127.0.0.1:${port}` });
    try {
      await waitFor(async () => (await fetch(`${base}/api/health`)).ok, 60_000, "the TLS-configured app");
      const cookie = await sessionSetCookie(base);
      expect(cookie).toMatch(/^__Secure-next-auth\.session-token=/);
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
    } finally {
      await stopChild(app);
    }
    // Served over plain HTTP (development), the same cookie is not Secure, or browsers would drop it.
    expect(await sessionSetCookie(BASE_URL)).not.toMatch(/; Secure/i);
  });

  it("does not let a browser session drive the API's route handlers (bearer tokens only)", async () => {
    const cookie = (await sessionSetCookie(BASE_URL))!.split(";")[0];
    const res = await fetch(`${BASE_URL}/api/v1/sync-runs`, {
      method: "POST",
      headers: { cookie, origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({}),
    });
    expect(res.status).toBe(401);
  });
});
