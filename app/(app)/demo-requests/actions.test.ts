import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { demoRequests, integrations } from "@/db/schema";
import { createOrganization, createUser, HR_ADMIN_RIGHTS } from "@/lib/testing/factories";
import { signInAs } from "@/lib/testing/session";
import { updateDemoRequestStatusAction } from "./actions";

describe("updateDemoRequestStatusAction (called directly, as an attacker would)", () => {
  let requestId: string;
  let sales: Awaited<ReturnType<typeof createUser>>;
  let otherSales: Awaited<ReturnType<typeof createUser>>;
  let admin: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    const provider = await createOrganization({ kind: "provider" });
    const otherProvider = await createOrganization({ kind: "provider" });
    const customer = await createOrganization();
    sales = await createUser(provider, ["demo_requests:manage"]);
    otherSales = await createUser(otherProvider, ["demo_requests:manage"]);
    admin = await createUser(customer, HR_ADMIN_RIGHTS);
    const [integration] = await db.select({ id: integrations.id }).from(integrations).limit(1);
    const [row] = await db
      .insert(demoRequests)
      .values({ integrationId: integration.id, providerOrganizationId: provider.id, name: "Ana", email: "ana@x.test", company: "X", companySize: "51-200", consent: true })
      .returning({ id: demoRequests.id });
    requestId = row.id;
  });

  const status = async () => (await db.select({ s: demoRequests.status }).from(demoRequests).where(eq(demoRequests.id, requestId)))[0].s;

  it("refuses a signed-out caller", async () => {
    signInAs(null);
    const result = await updateDemoRequestStatusAction({ id: requestId, status: "contacted" });
    expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await status()).toBe("new");
  });

  it("refuses a user without the right, even an HR admin", async () => {
    signInAs(admin);
    const result = await updateDemoRequestStatusAction({ id: requestId, status: "contacted" });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await status()).toBe("new");
  });

  it("treats another provider's request as not found", async () => {
    signInAs(otherSales);
    const result = await updateDemoRequestStatusAction({ id: requestId, status: "closed" });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await status()).toBe("new");
  });

  it("rejects bad input with field errors in the user's language", async () => {
    signInAs(sales, "de");
    const result = await updateDemoRequestStatusAction({ id: requestId, status: "won" });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result && !result.ok) expect(result.fieldErrors?.status).toMatch(/Ungültig/);
  });

  it("lets the provider's sales user move the request on", async () => {
    signInAs(sales);
    const form = new FormData();
    form.set("id", requestId);
    form.set("status", "contacted");
    expect(await updateDemoRequestStatusAction(null, form)).toMatchObject({ ok: true });
    expect(await status()).toBe("contacted");
  });
});
