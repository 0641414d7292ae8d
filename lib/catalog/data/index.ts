import { z } from "zod";
import { integrationMetaSchema, type IntegrationMeta } from "../integration-meta";
import { providers } from "./providers";
import { identityIntegrations } from "./integrations/identity";
import { communicationIntegrations } from "./integrations/communication";
import { collaborationIntegrations } from "./integrations/collaboration";
import { payrollIntegrations } from "./integrations/payroll";
import { benefitsIntegrations } from "./integrations/benefits";
import { financeIntegrations } from "./integrations/finance";
import { recruitingLearningIntegrations } from "./integrations/recruiting-learning";
import { performanceAnalyticsIntegrations } from "./integrations/performance-analytics";
import { operationsIntegrations } from "./integrations/operations";

/** What a catalog data file writes: the schema's input (defaults may be left out). */
export type IntegrationMetaInput = z.input<typeof integrationMetaSchema>;

export { providers } from "./providers";

export const catalogData: IntegrationMetaInput[] = [
  ...identityIntegrations,
  ...communicationIntegrations,
  ...collaborationIntegrations,
  ...payrollIntegrations,
  ...benefitsIntegrations,
  ...financeIntegrations,
  ...recruitingLearningIntegrations,
  ...performanceAnalyticsIntegrations,
  ...operationsIntegrations,
];

/**
 * Parses every catalog entry with `integrationMetaSchema` and checks what one entry
 * cannot check alone: unique slugs, known partner providers and matching partner tiers.
 * Throws an error naming the offending slug.
 */
export function loadCatalog(): IntegrationMeta[] {
  const partnersBySlug = new Map<string, (typeof providers)[number]>(providers.map((p) => [p.slug, p]));
  const seen = new Set<string>();
  const result: IntegrationMeta[] = [];

  catalogData.forEach((entry, index) => {
    const label = typeof entry?.slug === "string" && entry.slug ? `"${entry.slug}"` : `#${index}`;
    const parsed = integrationMetaSchema.safeParse(entry);
    if (!parsed.success) {
      throw new Error(`Catalog entry ${label} is invalid:\n${z.prettifyError(parsed.error)}`);
    }
    const meta = parsed.data;
    if (seen.has(meta.slug)) {
      throw new Error(`Catalog entry ${label}: duplicate slug`);
    }
    seen.add(meta.slug);
    if (meta.provider !== "platform") {
      const owner = partnersBySlug.get(meta.provider);
      if (!owner) {
        throw new Error(`Catalog entry ${label}: unknown provider "${meta.provider}" (not in providers)`);
      }
      if (owner.tier !== meta.tier) {
        throw new Error(`Catalog entry ${label}: tier "${meta.tier}" does not match provider "${owner.slug}" (tier "${owner.tier}")`);
      }
    }
    result.push(meta);
  });

  return result;
}
