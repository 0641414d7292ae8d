import { sql } from "drizzle-orm";
import { CATEGORIES } from "../../lib/catalog/categories";
import { loadCatalog } from "../../lib/catalog/data";
import { providers } from "../../lib/catalog/data/providers";
import type { Database } from "../index";
import { categories, integrationCategories, integrations, organizations } from "../schema";

export const PLATFORM_SLUG = "platform";

/**
 * Upserts the provider organizations, categories and every catalog entry from
 * lib/catalog/data (validated by the one zod schema). Safe to run on every start.
 */
export async function seedCatalog(db: Database, platformName: string): Promise<Map<string, string>> {
  const providerRows = [
    { slug: PLATFORM_SLUG, name: platformName, kind: "provider" as const, isPlatform: true, tier: null, website: null, supportUrl: null },
    ...providers.map((p) => ({ slug: p.slug, name: p.name, kind: "provider" as const, isPlatform: false, tier: p.tier, website: p.website, supportUrl: p.supportUrl })),
  ];
  const providerIds = new Map<string, string>();
  for (const row of providerRows) {
    const [saved] = await db
      .insert(organizations)
      .values(row)
      .onConflictDoUpdate({ target: organizations.slug, set: { name: row.name, tier: row.tier, website: row.website, supportUrl: row.supportUrl } })
      .returning({ id: organizations.id });
    providerIds.set(row.slug, saved.id);
  }

  await db
    .insert(categories)
    .values(Object.entries(CATEGORIES).map(([slug, name], i) => ({ slug, nameEn: name.en, nameDe: name.de, sortOrder: i })))
    .onConflictDoUpdate({ target: categories.slug, set: { nameEn: sql`excluded.name_en`, nameDe: sql`excluded.name_de`, sortOrder: sql`excluded.sort_order` } });

  const integrationIds = new Map<string, string>();
  for (const meta of loadCatalog()) {
    const values = {
      slug: meta.slug,
      name: meta.name,
      providerOrganizationId: providerIds.get(meta.provider)!,
      providerType: meta.provider === PLATFORM_SLUG ? ("first_party" as const) : ("partner" as const),
      tier: meta.tier,
      summaryEn: meta.summary.en,
      summaryDe: meta.summary.de,
      descriptionEn: meta.description.en,
      descriptionDe: meta.description.de,
      pricingModel: meta.pricing.model,
      pricingNote: meta.pricing.note ?? null,
      permissions: meta.permissions,
      setupSteps: meta.setupSteps,
      screenshots: meta.screenshots,
      logo: meta.logo,
      connectorKind: meta.connector.kind,
      connectorPreset: meta.connector.preset,
      monitoringAvailable: meta.monitoring,
      developerName: meta.developer.name,
      developerWebsite: meta.developer.website,
      privacyPolicyUrl: meta.developer.privacyPolicy,
      supportUrl: meta.support.url ?? null,
      supportEmail: meta.support.email ?? null,
      publishedAt: meta.publishedAt,
    };
    const [saved] = await db
      .insert(integrations)
      .values(values)
      .onConflictDoUpdate({ target: integrations.slug, set: { ...values, updatedAt: new Date() } })
      .returning({ id: integrations.id });
    integrationIds.set(meta.slug, saved.id);
    await db.delete(integrationCategories).where(sql`${integrationCategories.integrationId} = ${saved.id}`);
    await db.insert(integrationCategories).values(meta.categories.map((categorySlug) => ({ integrationId: saved.id, categorySlug })));
  }
  return integrationIds;
}
