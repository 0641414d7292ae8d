import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { integrationRequests, integrationRequestVotes, notifications, organizations } from "@/db/schema";
import { setIntegrationRequestStatus } from "@/lib/integration-requests/set-integration-request-status";
import { createOrganization, createUser, HR_ADMIN_RIGHTS } from "@/lib/testing/factories";
import { signInAs, testSession } from "@/lib/testing/session";
import { setIntegrationRequestStatusAction, submitIntegrationRequestAction, voteAction, withdrawVoteAction } from "./actions";

const tool = () => `Tool ${randomUUID().slice(0, 8)}`;
const requestByName = async (name: string) => (await db.select().from(integrationRequests).where(eq(sql`lower(${integrationRequests.toolName})`, name.toLowerCase())))[0];
const votes = async (id: string) => (await db.select().from(integrationRequestVotes).where(eq(integrationRequestVotes.requestId, id))).length;

describe("Request an integration", () => {
  let admin: Awaited<ReturnType<typeof createUser>>;
  let colleague: Awaited<ReturnType<typeof createUser>>;
  let platformSales: Awaited<ReturnType<typeof createUser>>;
  let partnerSales: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    const customer = await createOrganization();
    admin = await createUser(customer, HR_ADMIN_RIGHTS);
    colleague = await createUser(customer, []);
    const [platform] = await db.select().from(organizations).where(eq(organizations.isPlatform, true));
    platformSales = await createUser(platform, ["demo_requests:manage"]);
    partnerSales = await createUser(await createOrganization({ kind: "provider" }), ["demo_requests:manage"]);
  });
  beforeEach(() => {
    testSession.headers = { "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
  });

  it("lets an anonymous visitor request a tool and leave an email to be notified", async () => {
    signInAs(null);
    const name = tool();
    const result = await submitIntegrationRequestAction({ toolName: name, website: "https://tool.example", description: "Sync absences", notify: "on", notifyEmail: "Visitor@Example.test" });
    expect(result).toMatchObject({ ok: true, data: { created: true } });
    expect(await requestByName(name)).toMatchObject({ status: "under_review", requesterEmail: "visitor@example.test", createdById: null });
  });

  it("merges a second request for the same tool into a vote", async () => {
    signInAs(admin);
    const name = tool();
    expect(await submitIntegrationRequestAction({ toolName: name, description: "First" })).toMatchObject({ ok: true, data: { created: true } });
    signInAs(colleague);
    expect(await submitIntegrationRequestAction({ toolName: name.toUpperCase(), description: "Same", notify: "on" })).toMatchObject({ ok: true, data: { created: false } });
    const row = await requestByName(name);
    expect(await votes(row.id)).toBe(2);
  });

  it("counts one vote per user, changes notify on a second vote, and needs a sign-in", async () => {
    signInAs(admin);
    const name = tool();
    await submitIntegrationRequestAction({ toolName: name, description: "Please" });
    const row = await requestByName(name);
    signInAs(colleague);
    await voteAction({ id: row.id });
    await voteAction({ id: row.id, notify: "on" });
    expect(await votes(row.id)).toBe(2);
    const [mine] = await db.select().from(integrationRequestVotes).where(sql`${integrationRequestVotes.requestId} = ${row.id} and ${integrationRequestVotes.userId} = ${colleague.id}`);
    expect(mine.notify).toBe(true);
    await withdrawVoteAction({ id: row.id });
    expect(await votes(row.id)).toBe(1);
    signInAs(null);
    expect(await voteAction({ id: row.id })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await voteAction({ id: randomUUID() })).toMatchObject({ ok: false, code: "unauthenticated" });
    signInAs(colleague);
    expect(await voteAction({ id: randomUUID() })).toMatchObject({ ok: false, code: "not_found" });
    expect(await voteAction({ id: "1 or 1=1" })).toMatchObject({ ok: false, code: "invalid_input" });
  });

  it("refuses hostile input with clear errors and stores nothing", async () => {
    signInAs(null, "de");
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ toolName: "<script>x</script>" }, "toolName", /< und >/],
      [{ toolName: "t".repeat(100_000) }, "toolName", /zu lang/],
      [{ description: "d".repeat(100_000) }, "description", /zu lang/],
      [{ website: "javascript:alert(1)" }, "website", /http/],
      [{ notify: "on", notifyEmail: "nope" }, "notifyEmail", /E-Mail/],
      [{ description: "bad\u0000byte" }, "description", /unzulässige/],
    ];
    for (const [overrides, field, message] of cases) {
      const toolName = overrides.toolName ?? tool();
      const result = await submitIntegrationRequestAction({ toolName, description: "ok", ...overrides });
      expect(result, field).toMatchObject({ ok: false, code: "invalid_input" });
      if (result && !result.ok) expect(result.fieldErrors?.[field]).toMatch(message);
      if (!overrides.toolName) expect(await requestByName(toolName)).toBeUndefined();
    }
    const sqlName = `Robert'); DROP TABLE integration_requests;-- ${randomUUID().slice(0, 4)}`;
    expect(await submitIntegrationRequestAction({ toolName: sqlName, description: "Zoë 北京 🚀" })).toMatchObject({ ok: true });
    expect(await requestByName(sqlName)).toMatchObject({ toolName: sqlName, description: "Zoë 北京 🚀" });
  });

  it("ignores a bot that fills the honeypot", async () => {
    signInAs(null);
    const name = tool();
    expect(await submitIntegrationRequestAction({ toolName: name, description: "spam", homepage: "http://spam" })).toMatchObject({ ok: true });
    expect(await requestByName(name)).toBeUndefined();
  });

  it("rate-limits anonymous requests per address with a clear message", async () => {
    signInAs(null);
    testSession.headers = { "x-forwarded-for": "198.51.100.9" };
    let last;
    for (let i = 0; i < 11; i++) last = await submitIntegrationRequestAction({ toolName: tool(), description: "many" });
    expect(last).toMatchObject({ ok: false, code: "rate_limited" });
    if (last && !last.ok) expect(last.error).toMatch(/try again in/);
  });

  it("lets only the platform set the status; notifies those who asked when available", async () => {
    signInAs(admin);
    const name = tool();
    await submitIntegrationRequestAction({ toolName: name, description: "Need it", notify: "on" });
    const row = await requestByName(name);
    signInAs(admin);
    expect(await setIntegrationRequestStatusAction({ id: row.id, status: "planned" })).toMatchObject({ ok: false, code: "forbidden" });
    signInAs(partnerSales);
    expect(await setIntegrationRequestStatusAction({ id: row.id, status: "planned" })).toMatchObject({ ok: false, code: "not_found" });
    signInAs(platformSales);
    expect(await setIntegrationRequestStatusAction({ id: row.id, status: "planned" })).toMatchObject({ ok: true });
    expect((await requestByName(name)).status).toBe("planned");

    const sent: { to: string }[] = [];
    // No SMTP server runs here: a fake transport stands in for nodemailer's.
    const user = { ...platformSales, organizationName: "Platform", organizationKind: "provider" as const };
    const result = await setIntegrationRequestStatus({ user, requestId: row.id, status: "available", mailer: { sendMail: async (m) => void sent.push(m) } });
    expect(result.notified).toBe(1);
    expect(sent.map((m) => m.to)).toEqual([admin.email]);
    const notices = await db.select().from(notifications).where(eq(notifications.organizationId, admin.organizationId));
    expect(notices.some((n) => n.kind === "integration_request_available" && n.params.toolName === name)).toBe(true);
  });
});
