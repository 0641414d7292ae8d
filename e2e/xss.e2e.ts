import { eq, inArray } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { employees, organizations } from "@/db/schema";
import { launchBrowser, newContext, signIn } from "./support/browser";
import { visitAndCheckNoXss, XSS_PAYLOADS } from "./support/xss";

/** Stored XSS: hostile text saved in the database is shown as text, never run. */
describe("no stored XSS through employee names", () => {
  let browser: Browser;
  const ids: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const [acme] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, "acme"));
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const [row] = await db
        .insert(employees)
        .values({ organizationId: acme.id, employeeNumber: 90000 + i, firstName: payload, lastName: `Xss${i}`, email: `xss${i}@acme.test`, hireDate: "2024-01-01", position: payload, department: payload })
        .returning({ id: employees.id });
      ids.push(row.id);
    }
  });
  afterAll(async () => {
    // other browser tests count Acme's employees: leave the company as the seed made it
    if (ids.length) await db.delete(employees).where(inArray(employees.id, ids));
    await browser?.close();
  });

  it("renders hostile names literally in the directory and on the profile", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "admin@acme.test");
    const list = await visitAndCheckNoXss(page, "/employees?q=Xss");
    expect(list.executed).toBe(false);
    for (const payload of XSS_PAYLOADS) expect(list.text).toContain(payload);
    for (const id of ids) {
      const profile = await visitAndCheckNoXss(page, `/employees/${id}`);
      expect(profile.executed).toBe(false);
    }
    await context.close();
  });
});
