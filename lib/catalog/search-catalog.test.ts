import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { connections } from "@/db/schema";
import { createOrganization } from "@/lib/testing/factories";
import { parseCatalogQuery } from "@/lib/validations/catalog";
import { getConnectionStatuses } from "./get-connection-statuses";
import { getIntegrationBySlug } from "./get-integration";
import { searchCatalog } from "./search-catalog";

const search = (params: Record<string, string>, options = {}) => searchCatalog(parseCatalogQuery(params), options);
const names = async (params: Record<string, string>) => (await search(params)).items.map((i) => i.name);

describe("catalog search", () => {
  it("forgives a typo: slak finds Slack first", async () => {
    expect((await names({ q: "slak" }))[0]).toBe("Slack");
  });

  it("finds German words inside compounds: lohn finds payroll integrations", async () => {
    const result = await search({ q: "lohn" });
    expect(result.total).toBeGreaterThan(2);
    expect(result.items.every((i) => i.categories.length > 0)).toBe(true);
    expect(result.items.some((i) => i.categories.includes("payroll"))).toBe(true);
  });

  it("searches English descriptions with stemming and partners by name", async () => {
    expect(await names({ q: "leavers" })).toContain("Okta");
    expect(await names({ q: "leaver" })).toContain("Okta");
    const lernwerk = await search({ q: "lernwerk" });
    expect(lernwerk.total).toBeGreaterThan(0);
    expect(lernwerk.items.every((i) => i.providerName === "Lernwerk GmbH")).toBe(true);
  });

  it("filters by tier and category and counts categories under the other filters", async () => {
    const elite = await search({ tier: "elite" });
    expect(elite.items.every((i) => i.tier === "elite")).toBe(true);
    const eliteLearning = await search({ tier: "elite", category: "learning" });
    expect(eliteLearning.total).toBe(elite.categoryCounts.learning);
    expect(eliteLearning.items.every((i) => i.tier === "elite" && i.categories.includes("learning"))).toBe(true);
    expect(eliteLearning.categoryCounts).toEqual(elite.categoryCounts);
  });

  it("filters by provider, pricing and monitoring", async () => {
    const firstParty = await search({ provider: "first_party", monitoring: "1" });
    expect(firstParty.total).toBeGreaterThan(0);
    expect(firstParty.items.every((i) => i.providerType === "first_party" && i.monitoringAvailable && i.tier === null)).toBe(true);
    const free = await search({ pricing: "free" });
    expect(free.items.every((i) => i.pricingModel === "free")).toBe(true);
  });

  it("sorts A-Z and newest, and pages", async () => {
    const az = await search({ sort: "name" });
    const sorted = [...az.items.map((i) => i.name)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    expect(az.items.map((i) => i.name)).toEqual(sorted);
    const page2 = await search({ sort: "name", page: "2" });
    expect(page2.items[0].name).not.toBe(az.items[0].name);
    expect(page2.total).toBe(az.total);
    expect(az.pageCount).toBe(Math.ceil(az.total / 24));
  });

  it("sorts by popularity (connections across all companies)", async () => {
    const org = await createOrganization();
    const okta = await getIntegrationBySlug("okta");
    const popular = await search({ sort: "popular" });
    const before = popular.items.findIndex((i) => i.slug === "okta");
    await db.insert(connections).values(
      Array.from({ length: 50 }, () => ({ organizationId: org.id, integrationId: okta.id })),
    );
    const after = (await search({ sort: "popular" })).items.findIndex((i) => i.slug === "okta");
    expect(after).toBe(0);
    expect(before === -1 || before >= after).toBe(true);
  });

  it("shows only the organization's connected integrations with connected=1", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const slack = await getIntegrationBySlug("slack");
    await db.insert(connections).values({ organizationId: other.id, integrationId: slack.id });
    expect((await search({ connected: "1" }, { organizationId: org.id })).total).toBe(0);
    await db.insert(connections).values({ organizationId: org.id, integrationId: slack.id, status: "pending" });
    expect((await search({ connected: "1" }, { organizationId: org.id })).items.map((i) => i.slug)).toEqual(["slack"]);
  });

  it("reads connection badges of the organization only, never another tenant's", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    const okta = await getIntegrationBySlug("okta");
    const [theirs] = await db.insert(connections).values({ organizationId: other.id, integrationId: okta.id, status: "connected" }).returning();
    expect((await getConnectionStatuses(org.id)).size).toBe(0);
    const [mine] = await db.insert(connections).values({ organizationId: org.id, integrationId: okta.id, status: "pending" }).returning();
    expect(await getConnectionStatuses(org.id)).toEqual(new Map([["okta", { id: mine.id, status: "pending" }]]));
    expect((await getConnectionStatuses(other.id, "okta")).get("okta")?.id).toBe(theirs.id);
    await db.update(connections).set({ disconnectedAt: new Date() }).where(eq(connections.id, mine.id));
    expect((await getConnectionStatuses(org.id)).size).toBe(0);
  });

  it("treats hostile queries as words: no error, nothing leaks", async () => {
    for (const q of ["'; drop table integrations; --", "a & b | !c <-> (d)", "\\", "%_%", "<script>alert(1)</script>", "x".repeat(100_000), "Zoë 北京 🚀", ":*"]) {
      const result = await search({ q });
      expect(result.page).toBe(1);
    }
    expect((await search({})).total).toBeGreaterThan(50);
  });

  it("drops malformed URL values instead of failing", async () => {
    const result = await search({ tier: "gold", category: "nope", page: "-3", sort: "random", pricing: "1;drop" });
    expect(result.page).toBe(1);
    expect(result.total).toBeGreaterThan(50);
  });
});
