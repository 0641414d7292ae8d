import { and, asc, eq, gt, inArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { integrationCategories, integrations, organizations, type Integration } from "@/db/schema";
import { ApiProblem } from "../problem";
import { decodeCursor, encodeCursor } from "../cursor";

const cursorSchema = z.tuple([z.string().max(200)]);

type Row = { integration: Integration; providerName: string };

async function categoriesOf(ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await db.select().from(integrationCategories).where(inArray(integrationCategories.integrationId, ids));
  for (const row of rows) map.set(row.integrationId, [...(map.get(row.integrationId) ?? []), row.categorySlug]);
  return map;
}

function serialize(row: Row, categories: string[]) {
  const i = row.integration;
  return {
    slug: i.slug,
    name: i.name,
    provider: { type: i.providerType, name: row.providerName },
    tier: i.tier,
    categories: [...categories].sort(),
    summary: { en: i.summaryEn, de: i.summaryDe },
    pricing_model: i.pricingModel,
    permissions: i.permissions,
    connector_kind: i.connectorKind,
    monitoring_available: i.monitoringAvailable,
    developer: { name: i.developerName, website: i.developerWebsite },
    support_url: i.supportUrl,
    published_at: i.publishedAt,
  };
}

const base = () =>
  db
    .select({ integration: integrations, providerName: organizations.name })
    .from(integrations)
    .innerJoin(organizations, eq(organizations.id, integrations.providerOrganizationId));

/** The public catalog (the same for every company), by slug. */
export async function listApiIntegrations(options: { category?: string; cursor?: string; limit: number }) {
  const filters: SQL[] = [];
  if (options.category) {
    filters.push(sql`exists (select 1 from ${integrationCategories} where ${integrationCategories.integrationId} = ${integrations.id} and ${integrationCategories.categorySlug} = ${options.category})`);
  }
  const after = decodeCursor(cursorSchema, options.cursor);
  if (after) filters.push(gt(integrations.slug, after[0]));
  const rows = await base()
    .where(and(...filters))
    .orderBy(asc(integrations.slug))
    .limit(options.limit + 1);
  const pageRows = rows.slice(0, options.limit);
  const categories = await categoriesOf(pageRows.map((r) => r.integration.id));
  return {
    data: pageRows.map((row) => serialize(row, categories.get(row.integration.id) ?? [])),
    next_cursor: rows.length > options.limit ? encodeCursor([pageRows[pageRows.length - 1].integration.slug]) : null,
  };
}

export async function getApiIntegration(options: { slug: string }) {
  const [row] = options.slug.length <= 200 ? await base().where(eq(integrations.slug, options.slug)).limit(1) : [];
  if (!row) throw new ApiProblem("not_found", "No integration with this slug.");
  const categories = await categoriesOf([row.integration.id]);
  return {
    ...serialize(row, categories.get(row.integration.id) ?? []),
    description: { en: row.integration.descriptionEn, de: row.integration.descriptionDe },
    setup_steps: row.integration.setupSteps,
  };
}
