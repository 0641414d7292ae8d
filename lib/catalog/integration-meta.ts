import { z } from "zod";

/**
 * The one metadata format of the integration catalog. Every catalog entry in
 * `lib/catalog/data/` is checked against this schema before it is seeded, so a
 * typo in the data fails the seed instead of rendering a broken page.
 */

export const CATEGORY_SLUGS = [
  "identity-access",
  "team-communication",
  "payroll",
  "recruiting",
  "learning",
  "performance",
  "time-tracking",
  "benefits",
  "expenses",
  "accounting",
  "analytics",
  "it-assets",
] as const;
export const categorySlugSchema = z.enum(CATEGORY_SLUGS);
export type CategorySlug = z.infer<typeof categorySlugSchema>;

export const PARTNER_TIERS = ["select", "elite", "premier"] as const;
export const partnerTierSchema = z.enum(PARTNER_TIERS);
export type PartnerTier = z.infer<typeof partnerTierSchema>;

export const PRICING_MODELS = ["free", "included", "paid", "on_request"] as const;
export const pricingModelSchema = z.enum(PRICING_MODELS);

export const CONNECTOR_KINDS = ["scim", "webhook", "partner"] as const;
export const connectorKindSchema = z.enum(CONNECTOR_KINDS);
export type ConnectorKind = z.infer<typeof connectorKindSchema>;

/** Employee fields an integration may read or write (shown in plain words on the detail page). */
export const EMPLOYEE_FIELDS = [
  "first_name",
  "last_name",
  "email",
  "personal_email",
  "phone",
  "position",
  "department",
  "office",
  "manager",
  "employment_type",
  "status",
  "hire_date",
  "termination_date",
  "salary",
  "bank_details",
  "absences",
  "working_hours",
  "external_account_id",
] as const;
export const employeeFieldSchema = z.enum(EMPLOYEE_FIELDS);
export type EmployeeField = z.infer<typeof employeeFieldSchema>;

const localized = z.object({ en: z.string().min(1), de: z.string().min(1) });
export type Localized = z.infer<typeof localized>;

export const permissionSchema = z.object({
  field: employeeFieldSchema,
  access: z.enum(["read", "write"]),
});

/** Settings of a connector preset: how a SCIM or webhook target is reached and paced. */
export const connectorPresetSchema = z.object({
  /** e.g. "https://api.slack.com/scim/v2" or "https://{tenant}.atlassian.net/scim/v2"; empty for free-form */
  baseUrlPattern: z.string().optional(),
  /** requests per second the target documents (Slack: 180 creates/min = 3/s) */
  requestsPerSecond: z.number().positive().optional(),
  /** target attribute -> employee field, overrides the kind's default mapping */
  defaultMapping: z.record(z.string(), z.string()).optional(),
  /** webhook events this integration subscribes to by default */
  events: z.array(z.string()).optional(),
  docsUrl: z.url().optional(),
});
export type ConnectorPreset = z.infer<typeof connectorPresetSchema>;

export const integrationMetaSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: z.string().min(1).max(80),
    /** slug of the provider organization: "platform" for first-party, else a partner's slug */
    provider: z.string().min(1),
    tier: partnerTierSchema.nullable(),
    categories: z.array(categorySlugSchema).min(1),
    summary: localized,
    description: localized,
    pricing: z.object({ model: pricingModelSchema, note: localized.optional() }),
    permissions: z.array(permissionSchema),
    setupSteps: z.array(localized).min(1),
    /** paths under /public, e.g. "/logos/slack.svg" */
    logo: z.string().startsWith("/logos/"),
    screenshots: z.array(z.object({ src: z.string().startsWith("/"), caption: localized })).default([]),
    connector: z.object({ kind: connectorKindSchema, preset: connectorPresetSchema.default({}) }),
    monitoring: z.boolean(),
    developer: z.object({ name: z.string(), website: z.url(), privacyPolicy: z.url() }),
    support: z.object({ url: z.url().optional(), email: z.email().optional() }).default({}),
    /** ISO date the listing went live; drives "newest" sorting */
    publishedAt: z.iso.date(),
  })
  .superRefine((meta, ctx) => {
    const firstParty = meta.provider === "platform";
    if (firstParty && meta.tier !== null) {
      ctx.addIssue({ code: "custom", path: ["tier"], message: "first-party integrations have no partner tier" });
    }
    if (!firstParty && meta.tier === null) {
      ctx.addIssue({ code: "custom", path: ["tier"], message: "partner integrations need a tier" });
    }
    if (!firstParty && !meta.support.url) {
      ctx.addIssue({ code: "custom", path: ["support", "url"], message: "partners must give a support link" });
    }
    if (!firstParty && meta.connector.kind !== "partner") {
      ctx.addIssue({ code: "custom", path: ["connector", "kind"], message: "partner listings connect through the public API" });
    }
  });

export type IntegrationMeta = z.infer<typeof integrationMetaSchema>;
