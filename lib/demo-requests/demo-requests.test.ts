import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { demoRequests, integrations } from "@/db/schema";
import { createOrganization, createUser, HR_ADMIN_RIGHTS } from "@/lib/testing/factories";
import { signInAs } from "@/lib/testing/session";
import { GET as exportCsv } from "@/app/(app)/demo-requests/export/route";
import { exportDemoRequests, listDemoRequests } from "./list-demo-requests";
import { notifyProviderOfDemoRequest } from "./notify-provider";
import { csvCell } from "./to-csv";

describe("demo requests inbox: each provider sees its own", () => {
  let provider: Awaited<ReturnType<typeof createOrganization>>;
  let otherProvider: Awaited<ReturnType<typeof createOrganization>>;
  let sales: Awaited<ReturnType<typeof createUser>>;
  let otherSales: Awaited<ReturnType<typeof createUser>>;
  let admin: Awaited<ReturnType<typeof createUser>>;
  let ids: string[] = [];
  let integrationA = "";

  beforeAll(async () => {
    provider = await createOrganization({ kind: "provider" });
    otherProvider = await createOrganization({ kind: "provider" });
    sales = await createUser(provider, ["demo_requests:manage"]);
    otherSales = await createUser(otherProvider, ["demo_requests:manage"]);
    admin = await createUser(await createOrganization(), HR_ADMIN_RIGHTS);
    const [a, b] = await db.select({ id: integrations.id }).from(integrations).limit(2);
    integrationA = a.id;
    const base = { name: "Ana", company: "X", companySize: "51-200", consent: true };
    const rows = await db
      .insert(demoRequests)
      .values([
        { ...base, integrationId: a.id, providerOrganizationId: provider.id, email: "one@x.test", createdAt: new Date("2026-01-01T10:00:00Z") },
        { ...base, integrationId: b.id, providerOrganizationId: provider.id, email: "two@x.test", status: "contacted", createdAt: new Date("2026-01-02T10:00:00Z") },
        { ...base, integrationId: a.id, providerOrganizationId: provider.id, email: "three@x.test", company: "=HYPERLINK(\"http://evil\")", createdAt: new Date("2026-01-03T10:00:00Z") },
        { ...base, integrationId: a.id, providerOrganizationId: otherProvider.id, email: "secret@other.test" },
      ])
      .returning({ id: demoRequests.id });
    ids = rows.map((r) => r.id);
  });

  it("lists only the provider's requests, newest first, filtered and keyset-paged", async () => {
    const all = await listDemoRequests(provider.id, {});
    expect(all.rows.map((r) => r.email)).toEqual(["three@x.test", "two@x.test", "one@x.test"]);
    expect((await listDemoRequests(otherProvider.id, {})).rows.map((r) => r.email)).toEqual(["secret@other.test"]);
    expect((await listDemoRequests(provider.id, { status: "contacted" })).rows.map((r) => r.email)).toEqual(["two@x.test"]);
    const first = await listDemoRequests(provider.id, {}, 2);
    expect(first.next).toBeTruthy();
    const second = await listDemoRequests(provider.id, { after: first.next! }, 2);
    expect(second.rows.map((r) => r.email)).toEqual(["one@x.test"]);
    expect(second.next).toBeNull();
  });

  it("never shows another provider's request, even filtered by its integration", async () => {
    const [, , , foreign] = ids;
    const exported = await exportDemoRequests(provider.id, {});
    expect(exported.map((r) => r.id)).not.toContain(foreign);
    const filtered = await listDemoRequests(provider.id, { integration: integrationA });
    expect(filtered.rows.map((r) => r.email).sort()).toEqual(["one@x.test", "three@x.test"]);
    expect((await listDemoRequests(otherSales.organizationId, { integration: integrationA })).rows.map((r) => r.email)).toEqual(["secret@other.test"]);
  });

  it("exports CSV for the provider's sales user only, with formulas defused", async () => {
    signInAs(sales);
    const res = await exportCsv(new Request("http://localhost/demo-requests/export"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    const text = await res.text();
    expect(text.split("\r\n")[0]).toContain("Email");
    expect(text).toContain("one@x.test");
    expect(text).not.toContain("secret@other.test");
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);

    signInAs(otherSales);
    const other = await (await exportCsv(new Request("http://localhost/demo-requests/export"))).text();
    expect(other).toContain("secret@other.test");
    expect(other).not.toContain("one@x.test");
  });

  it("refuses the export to signed-out users and users without the right", async () => {
    signInAs(null);
    expect((await exportCsv(new Request("http://localhost/demo-requests/export"))).status).toBe(401);
    signInAs(admin);
    expect((await exportCsv(new Request("http://localhost/demo-requests/export"))).status).toBe(403);
  });

  it("notifies the provider's sales users by email through the transport, or skips without SMTP", async () => {
    const sent: { to: string; subject: string; text: string; replyTo?: string }[] = [];
    // No SMTP server runs here: a fake transport stands in for nodemailer's.
    const fake = { sendMail: async (m: (typeof sent)[number]) => void sent.push(m) };
    expect(await notifyProviderOfDemoRequest(ids[0], fake)).toBe(1);
    expect(sent[0]).toMatchObject({ to: sales.email, replyTo: "one@x.test" });
    expect(sent[0].text).toContain("Ana");
    expect(await notifyProviderOfDemoRequest(ids[0], null)).toBe(0);
    expect(await notifyProviderOfDemoRequest(randomUUID(), fake)).toBe(0);
  });

  it("escapes CSV cells", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe("");
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
  });
});
