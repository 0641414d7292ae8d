import { boolean, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const organizationKind = pgEnum("organization_kind", ["customer", "provider"]);
export const partnerTier = pgEnum("partner_tier", ["select", "elite", "premier"]);

/** Tenants (customers) and providers (the platform itself and each partner). */
export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: organizationKind("kind").notNull(),
    /** providers only: the platform owns the first-party integrations */
    isPlatform: boolean("is_platform").default(false).notNull(),
    tier: partnerTier("tier"),
    website: text("website"),
    supportUrl: text("support_url"),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [uniqueIndex("organizations_slug_idx").on(t.slug)],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
