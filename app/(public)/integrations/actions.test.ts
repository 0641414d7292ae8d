import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { demoRequests, integrations } from "@/db/schema";
import { signInAs } from "@/lib/testing/session";
import { testSession } from "@/lib/testing/session";
import { requestDemoAction } from "./actions";

vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<object>()), after: (fn: () => unknown) => void fn() }));

const SLUG = "lernwerk-academy";

function form(overrides: Record<string, string | undefined> = {}): FormData {
  const values: Record<string, string | undefined> = {
    integration: SLUG,
    context: "public",
    name: "Ana Müller",
    email: `ana.${randomUUID().slice(0, 8)}@prospect.test`,
    company: "Prospect GmbH",
    companySize: "51-200",
    consent: "on",
    ...overrides,
  };
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) fd.set(k, v);
  return fd;
}

const countFor = async (email: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(demoRequests).where(eq(sql`lower(${demoRequests.email})`, email.toLowerCase())))[0].n;

/** Submits and expects the redirect to the confirmation page (what success looks like). */
async function submitOk(fd: FormData) {
  await expect(requestDemoAction(null, fd)).rejects.toMatchObject({ digest: expect.stringContaining("/integrations/demo-requested") });
}

describe("requestDemoAction (public form, called as anyone could)", () => {
  beforeEach(() => {
    signInAs(null);
    testSession.headers = { "x-forwarded-for": `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
  });

  it("stores a valid request for the integration's provider and redirects to the confirmation", async () => {
    const fd = form({ phone: "+49 30 1234567", message: "We have 120 people in Berlin." });
    await submitOk(fd);
    const [row] = await db.select().from(demoRequests).where(eq(demoRequests.email, String(fd.get("email"))));
    const [integration] = await db.select().from(integrations).where(eq(integrations.slug, SLUG));
    expect(row).toMatchObject({ integrationId: integration.id, providerOrganizationId: integration.providerOrganizationId, status: "new", consent: true, phone: "+49 30 1234567" });
  });

  it("answers a bad email beside the field, in the user's language, and stores nothing", async () => {
    const result = await requestDemoAction(null, form({ email: "not-an-email" }));
    expect(result).toMatchObject({ ok: false, code: "invalid_input", values: { email: "not-an-email", company: "Prospect GmbH" } });
    if (result && !result.ok) expect(result.fieldErrors?.email).toMatch(/valid email/);
    signInAs(null, "de");
    const de = await requestDemoAction(null, form({ email: "kaputt@" }));
    if (de && !de.ok) expect(de.fieldErrors?.email).toMatch(/gültige E-Mail/);
    expect(await countFor("not-an-email")).toBe(0);
  });

  it("requires consent, a company size and a name", async () => {
    const result = await requestDemoAction(null, form({ consent: undefined, companySize: "huge", name: "  " }));
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result && !result.ok) {
      expect(result.fieldErrors?.consent).toMatch(/agree/);
      expect(result.fieldErrors?.companySize).toMatch(/company size/);
      expect(result.fieldErrors?.name).toMatch(/fill in/);
    }
  });

  it("refuses hostile input with clear errors and stores nothing", async () => {
    const email = `hostile.${randomUUID().slice(0, 8)}@prospect.test`;
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ name: "<script>alert(1)</script>" }, "name", /leave out < and >/],
      [{ company: "<img src=x onerror=alert(1)>" }, "company", /leave out/],
      [{ name: "x".repeat(100_000) }, "name", /too long/],
      [{ message: "y".repeat(100_000) }, "message", /too long/],
      [{ name: "Ana\u0000Null" }, "name", /not allowed/],
      [{ phone: "'; drop table demo_requests; --" }, "phone", /phone number/],
      [{ email: "a@b.c'; drop table users; --" }, "email", /valid email/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await requestDemoAction(null, form({ email, ...overrides }));
      expect(result, field).toMatchObject({ ok: false, code: "invalid_input" });
      if (result && !result.ok) expect(result.fieldErrors?.[field]).toMatch(message);
    }
    expect(await countFor(email)).toBe(0);
  });

  it("keeps SQL fragments and unicode as plain text", async () => {
    const fd = form({ name: "Zoë Łukasz 北京 🚀", company: "Robert'); DROP TABLE demo_requests;--", message: "<b>bold</b> & \"quotes\"" });
    await submitOk(fd);
    const [row] = await db.select().from(demoRequests).where(eq(demoRequests.email, String(fd.get("email"))));
    expect(row).toMatchObject({ name: "Zoë Łukasz 北京 🚀", company: "Robert'); DROP TABLE demo_requests;--", message: '<b>bold</b> & "quotes"' });
  });

  it("treats a filled honeypot as a bot: looks like success, stores nothing", async () => {
    const fd = form({ website: "http://spam.example" });
    await submitOk(fd);
    expect(await countFor(String(fd.get("email")))).toBe(0);
  });

  it("counts the same person and integration within 24 hours once", async () => {
    const email = `twice.${randomUUID().slice(0, 8)}@prospect.test`;
    await submitOk(form({ email }));
    await submitOk(form({ email: email.toUpperCase(), message: "Second try" }));
    expect(await countFor(email)).toBe(1);
    const [row] = await db.select().from(demoRequests).where(eq(sql`lower(${demoRequests.email})`, email));
    expect(row.message).toBe("Second try");
    await submitOk(form({ email, integration: "slack" }));
    expect(await countFor(email)).toBe(2);
  });

  it("rate-limits per email with a clear message", async () => {
    const email = `busy.${randomUUID().slice(0, 8)}@prospect.test`;
    const slugs = ["slack", "okta", "zoom", "google-workspace", "microsoft-entra-id", "notion", "asana"];
    const existing = new Set((await db.select({ slug: integrations.slug }).from(integrations)).map((r) => r.slug));
    const usable = slugs.filter((s) => existing.has(s));
    let limited: Awaited<ReturnType<typeof requestDemoAction>> = null;
    for (const slug of usable.slice(0, 6)) {
      testSession.headers = { "x-forwarded-for": `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
      try {
        limited = await requestDemoAction(null, form({ email, integration: slug }));
      } catch {
        limited = null; // redirected: accepted
      }
    }
    expect(usable.length).toBeGreaterThanOrEqual(6);
    expect(limited).toMatchObject({ ok: false, code: "rate_limited" });
    if (limited && !limited.ok) expect(limited.error).toMatch(/try again in \d+ minutes?/);
    expect(await countFor(email)).toBe(5);
  });

  it("rate-limits per address", async () => {
    testSession.headers = { "x-forwarded-for": "192.0.2.77" };
    let last: Awaited<ReturnType<typeof requestDemoAction>> = null;
    for (let i = 0; i < 21; i++) {
      try {
        last = await requestDemoAction(null, form());
      } catch {
        last = null;
      }
    }
    expect(last).toMatchObject({ ok: false, code: "rate_limited" });
  });

  it("answers an unknown integration as not found", async () => {
    const result = await requestDemoAction(null, form({ integration: "no-such-integration" }));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });
});
