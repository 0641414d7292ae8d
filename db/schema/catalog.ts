import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ConnectorPreset, EmployeeField, Localized } from "../../lib/catalog/integration-meta";
import { organizations, partnerTier } from "./organizations";
import { users } from "./users";

/** PostgreSQL full-text search document (maintained by a trigger, see the catalog search migration). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const providerType = pgEnum("provider_type", ["first_party", "partner"]);
export const pricingModel = pgEnum("pricing_model", ["free", "included", "paid", "on_request"]);
export const connectorKind = pgEnum("connector_kind", ["scim", "webhook", "partner"]);

export const categories = pgTable("categories", {
  slug: text("slug").primaryKey(),
  nameEn: text("name_en").notNull(),
  nameDe: text("name_de").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
});

/** The catalog: one row per listing, loaded from lib/catalog/data by the seed. */
export const integrations = pgTable(
  "integrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    providerOrganizationId: uuid("provider_organization_id")
      .notNull()
      .references(() => organizations.id),
    providerType: providerType("provider_type").notNull(),
    tier: partnerTier("tier"),
    summaryEn: text("summary_en").notNull(),
    summaryDe: text("summary_de").notNull(),
    descriptionEn: text("description_en").notNull(),
    descriptionDe: text("description_de").notNull(),
    pricingModel: pricingModel("pricing_model").notNull(),
    pricingNote: jsonb("pricing_note").$type<Localized | null>(),
    permissions: jsonb("permissions").$type<{ field: EmployeeField; access: "read" | "write" }[]>().notNull(),
    setupSteps: jsonb("setup_steps").$type<Localized[]>().notNull(),
    screenshots: jsonb("screenshots").$type<{ src: string; caption: Localized }[]>().notNull().default([]),
    logo: text("logo").notNull(),
    connectorKind: connectorKind("connector_kind").notNull(),
    connectorPreset: jsonb("connector_preset").$type<ConnectorPreset>().notNull().default({}),
    monitoringAvailable: boolean("monitoring_available").notNull().default(false),
    developerName: text("developer_name").notNull(),
    developerWebsite: text("developer_website").notNull(),
    privacyPolicyUrl: text("privacy_policy_url").notNull(),
    supportUrl: text("support_url"),
    supportEmail: text("support_email"),
    publishedAt: date("published_at").notNull(),
    /** search: English + German text of name, summary, description, categories and partner (trigger-maintained) */
    searchVector: tsvector("search_vector"),
    /** search: name, partner and category names for typo-tolerant trigram matching (trigger-maintained) */
    searchNames: text("search_names"),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex("integrations_slug_idx").on(t.slug),
    index("integrations_provider_idx").on(t.providerOrganizationId),
    index("integrations_search_vector_idx").using("gin", t.searchVector),
    index("integrations_search_names_trgm_idx").using("gin", t.searchNames.op("gin_trgm_ops")),
  ],
);

export const integrationCategories = pgTable(
  "integration_categories",
  {
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id, { onDelete: "cascade" }),
    categorySlug: text("category_slug")
      .notNull()
      .references(() => categories.slug),
  },
  (t) => [
    primaryKey({ columns: [t.integrationId, t.categorySlug] }),
    index("integration_categories_category_idx").on(t.categorySlug),
  ],
);

/** "Help & Feedback" for first-party integrations. */
export const supportRequests = pgTable(
  "support_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    message: text("message").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index("support_requests_org_idx").on(t.organizationId, t.createdAt)],
);

export type Category = typeof categories.$inferSelect;
export type Integration = typeof integrations.$inferSelect;
export type NewIntegration = typeof integrations.$inferInsert;
export type SupportRequest = typeof supportRequests.$inferSelect;
