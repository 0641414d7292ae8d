import { sql } from "drizzle-orm";
import { db } from "@/db";
import { AppError } from "@/lib/errors";
import type { IntegrationDetail } from "./types";

/** One listing with its categories and provider; `not_found` for an unknown slug. */
export async function getIntegrationBySlug(slug: string): Promise<IntegrationDetail> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 100) throw new AppError("not_found", "integration not found");
  const result = await db.execute(sql`
    select i.id, i.slug, i.name, i.logo, i.summary_en as "summaryEn", i.summary_de as "summaryDe",
           i.description_en as "descriptionEn", i.description_de as "descriptionDe",
           i.provider_type as "providerType", o.name as "providerName", i.provider_organization_id as "providerOrganizationId",
           i.tier, i.pricing_model as "pricingModel", i.pricing_note as "pricingNote", i.permissions, i.setup_steps as "setupSteps",
           i.screenshots, i.connector_kind as "connectorKind", i.monitoring_available as "monitoringAvailable",
           i.developer_name as "developerName", i.developer_website as "developerWebsite", i.privacy_policy_url as "privacyPolicyUrl",
           i.support_url as "supportUrl", i.support_email as "supportEmail", i.published_at::text as "publishedAt",
           array(select ic.category_slug from integration_categories ic where ic.integration_id = i.id order by ic.category_slug) as categories
      from integrations i
      join organizations o on o.id = i.provider_organization_id
     where i.slug = ${slug}
     limit 1`);
  const row = result.rows[0] as IntegrationDetail | undefined;
  if (!row) throw new AppError("not_found", "integration not found");
  return row;
}
