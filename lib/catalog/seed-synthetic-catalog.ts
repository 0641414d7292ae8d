import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { connections, integrationCategories, integrations, organizations } from "@/db/schema";
import { createRandom } from "@/db/seed/random";
import { CATEGORIES } from "./categories";
import { providers } from "./data/providers";
import { CATEGORY_SLUGS, PRICING_MODELS, type CategorySlug } from "./integration-meta";

/**
 * Fills the catalog up to `total` listings with plausible synthetic ones (deterministic),
 * for the benchmark: English and German texts, 1-2 categories, partners of every tier
 * and first-party listings, and some connections so "popular" has something to count.
 */
const PREFIXES = ["Nordic", "Alpen", "Blue", "Swift", "Bright", "Clear", "Rhein", "Harbor", "Summit", "Pixel", "Cedar", "Urban", "Polar", "Vivid", "Lumen", "Kiez"];
const STEMS = ["HR", "Pay", "Time", "Learn", "Desk", "Team", "Flow", "Ledger", "Talent", "Shift", "Perk", "Asset", "Pulse", "Hire", "Skill", "Vault"];
const SUFFIXES = ["Connect", "Sync", "Suite", "Cloud", "Pro", "Hub", "Bridge", "Works", "Link", "One"];

const TOPIC: Record<CategorySlug, { en: string; de: string }> = {
  "identity-access": { en: "user accounts, single sign-on and access rights", de: "Benutzerkonten, Single Sign-on und Zugriffsrechte" },
  "team-communication": { en: "team channels, announcements and chat accounts", de: "Teamkanäle, Ankündigungen und Chat-Konten" },
  payroll: { en: "payroll, payslips and salary changes", de: "Lohnabrechnung, Gehaltsnachweise und Gehaltsänderungen" },
  recruiting: { en: "job postings, applicants and hiring pipelines", de: "Stellenanzeigen, Bewerbungen und Einstellungsprozesse" },
  learning: { en: "courses, learning paths and certificates", de: "Kurse, Lernpfade und Zertifikate" },
  performance: { en: "reviews, goals and feedback cycles", de: "Mitarbeitergespräche, Ziele und Feedbackrunden" },
  "time-tracking": { en: "working hours, shifts and overtime", de: "Arbeitszeiten, Schichten und Überstunden" },
  benefits: { en: "employee benefits, vouchers and pensions", de: "Mitarbeitervorteile, Gutscheine und Altersvorsorge" },
  expenses: { en: "expense reports, receipts and travel costs", de: "Spesenabrechnungen, Belege und Reisekosten" },
  accounting: { en: "cost centres, journals and bookkeeping", de: "Kostenstellen, Buchungsjournale und Buchhaltung" },
  analytics: { en: "headcount reports, dashboards and people analytics", de: "Personalberichte, Dashboards und People Analytics" },
  "it-assets": { en: "laptops, devices and onboarding equipment", de: "Laptops, Geräte und Onboarding-Ausstattung" },
};

export async function seedSyntheticCatalog(db: Database, options: { total: number; seed?: number }): Promise<number> {
  const random = createRandom(options.seed ?? 1000);
  const [{ n: existing }] = await db.select({ n: sql<number>`count(*)::int` }).from(integrations);
  const orgRows = await db.select({ id: organizations.id, slug: organizations.slug, isPlatform: organizations.isPlatform }).from(organizations).where(eq(organizations.kind, "provider"));
  const orgBySlug = new Map(orgRows.map((o) => [o.slug, o.id]));
  const platformId = orgRows.find((o) => o.isPlatform)!.id;
  const missing = Math.max(0, options.total - existing);
  for (let start = 0; start < missing; start += 200) {
    const batch = Array.from({ length: Math.min(200, missing - start) }, (_, k) => {
      const i = existing + start + k;
      const name = `${random.pick(PREFIXES)}${random.pick(STEMS)} ${random.pick(SUFFIXES)} ${i}`;
      const cats = [...new Set([random.pick(CATEGORY_SLUGS), ...(random.chance(0.4) ? [random.pick(CATEGORY_SLUGS)] : [])])];
      const partner = random.chance(0.8) ? random.pick(providers) : null;
      const topicEn = cats.map((c) => TOPIC[c].en).join(" and ");
      const topicDe = cats.map((c) => TOPIC[c].de).join(" und ");
      const slug = `bench-${i}-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`.replace(/-+$/, "");
      return {
        row: {
          slug,
          name,
          providerOrganizationId: partner ? orgBySlug.get(partner.slug)! : platformId,
          providerType: partner ? ("partner" as const) : ("first_party" as const),
          tier: partner ? partner.tier : null,
          summaryEn: `${name} keeps ${topicEn} in step with your HR data.`,
          summaryDe: `${name} hält ${topicDe} mit Ihren HR-Daten synchron.`,
          descriptionEn: `${name} reads new hires, changes and leavers from the HR platform and updates ${topicEn} automatically. Admins choose which employees are in scope and see every sync in Monitoring. Built for companies in ${CATEGORIES[cats[0]].en.toLowerCase()}.`,
          descriptionDe: `${name} übernimmt Eintritte, Änderungen und Austritte aus der HR-Plattform und aktualisiert ${topicDe} automatisch. Admins legen fest, welche Mitarbeitenden einbezogen werden, und sehen jede Synchronisierung im Monitoring.`,
          pricingModel: random.pick(PRICING_MODELS),
          permissions: [{ field: "first_name" as const, access: "read" as const }, { field: "email" as const, access: "read" as const }],
          setupSteps: [{ en: "Click Connect and follow the wizard.", de: "Klicken Sie auf Verbinden und folgen Sie dem Assistenten." }],
          logo: "/logos/webhook-generic.svg",
          connectorKind: partner ? ("partner" as const) : ("webhook" as const),
          monitoringAvailable: random.chance(0.5),
          developerName: partner ? partner.name : "Personio",
          developerWebsite: partner ? partner.website : "https://www.personio.com",
          privacyPolicyUrl: partner ? `${partner.website}/privacy` : "https://www.personio.com/privacy-policy/",
          supportUrl: partner ? partner.supportUrl : null,
          publishedAt: `20${random.int(18, 25)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
        },
        cats,
      };
    });
    const saved = await db.insert(integrations).values(batch.map((b) => b.row)).returning({ id: integrations.id });
    await db.insert(integrationCategories).values(saved.flatMap((s, k) => batch[k].cats.map((categorySlug) => ({ integrationId: s.id, categorySlug }))));
  }
  // some connections across the customers, so "popular" sorts by something
  const customers = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.kind, "customer"));
  const ids = (await db.select({ id: integrations.id }).from(integrations)).map((r) => r.id);
  if (customers.length) {
    await db.insert(connections).values(
      Array.from({ length: 300 }, () => ({ organizationId: random.pick(customers).id, integrationId: random.pick(ids), status: random.pick(["connected", "pending", "inactive"] as const) })),
    );
  }
  await db.execute(sql`analyze integrations; analyze integration_categories; analyze connections`);
  return missing;
}
