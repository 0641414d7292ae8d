import { z } from "zod";
import { CATEGORY_SLUGS, CONNECTOR_KINDS, EMPLOYEE_FIELDS, PARTNER_TIERS, PRICING_MODELS } from "@/lib/catalog/integration-meta";
import { cursorQuery, dateTime, limitQuery, page } from "./api-common";

/** The integration catalog and the company's connections, as the public API shows them. */

const localized = z.object({ en: z.string(), de: z.string() }).meta({ id: "LocalizedText", description: "Text in English and German." });

export const apiIntegrationSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    provider: z.object({ type: z.enum(["first_party", "partner"]), name: z.string() }),
    tier: z.enum(PARTNER_TIERS).nullable().meta({ description: "Partner tier; null for first-party integrations." }),
    categories: z.array(z.enum(CATEGORY_SLUGS)),
    summary: localized,
    pricing_model: z.enum(PRICING_MODELS),
    permissions: z.array(z.object({ field: z.enum(EMPLOYEE_FIELDS), access: z.enum(["read", "write"]) })),
    connector_kind: z.enum(CONNECTOR_KINDS),
    monitoring_available: z.boolean(),
    developer: z.object({ name: z.string(), website: z.string() }),
    support_url: z.string().nullable(),
    published_at: z.iso.date(),
  })
  .meta({ id: "Integration", description: "A listing of the integration catalog." });

export const apiIntegrationDetailSchema = apiIntegrationSchema
  .extend({ description: localized, setup_steps: z.array(localized) })
  .meta({ id: "IntegrationDetail", description: "A catalog listing with its description and set-up steps." });

export const apiIntegrationPageSchema = page(apiIntegrationSchema, "IntegrationPage");

export const listIntegrationsQuery = z.object({
  category: z.enum(CATEGORY_SLUGS).optional().meta({ description: "Only integrations of this category." }),
  cursor: cursorQuery,
  limit: limitQuery(50, 200),
});

export const integrationParams = z.object({ slug: z.string().meta({ description: "Integration slug, e.g. `slack`." }) });

export const apiConnectionSchema = z
  .object({
    id: z.uuid(),
    integration: z.object({ slug: z.string(), name: z.string() }),
    status: z.enum(["pending", "connected", "inactive"]),
    inactive_reason: z
      .string()
      .nullable()
      .meta({ description: "Why the connection is inactive: deactivated, credentials_rotated, credentials_revoked or quarantined; null otherwise." }),
    status_changed_at: dateTime,
    created_at: dateTime,
    last_sync_at: dateTime.nullable(),
    last_run_status: z.string().nullable(),
  })
  .meta({ id: "Connection", description: "An integration connected by the company." });

export const apiConnectionPageSchema = page(apiConnectionSchema, "ConnectionPage");

export const listConnectionsQuery = z.object({
  status: z.enum(["pending", "connected", "inactive"]).optional().meta({ description: "Only connections in this state." }),
  cursor: cursorQuery,
  limit: limitQuery(50, 200),
});

export const connectionParams = z.object({ id: z.string().meta({ description: "Connection id (UUID)." }) });
