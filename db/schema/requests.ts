import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { integrations } from "./catalog";
import { organizations } from "./organizations";
import { users } from "./users";

export const demoRequestStatus = pgEnum("demo_request_status", ["new", "contacted", "scheduled", "closed"]);
export const integrationRequestStatus = pgEnum("integration_request_status", ["under_review", "planned", "available"]);

/** "Request demo": lands in the inbox of the integration's provider organization. */
export const demoRequests = pgTable(
  "demo_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id, { onDelete: "cascade" }),
    providerOrganizationId: uuid("provider_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    company: text("company").notNull(),
    companySize: text("company_size").notNull(),
    phone: text("phone"),
    message: text("message"),
    consent: boolean("consent").notNull(),
    status: demoRequestStatus("status").notNull().default("new"),
    locale: text("locale").notNull().default("en"),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index("demo_requests_provider_idx").on(t.providerOrganizationId, t.status, t.createdAt.desc()),
    index("demo_requests_dedupe_idx").on(t.integrationId, sql`lower(${t.email})`, t.createdAt),
    index("demo_requests_provider_integration_idx").on(t.providerOrganizationId, t.integrationId, t.createdAt.desc()),
  ],
);

/** "Request an integration": what users miss in the catalog. */
export const integrationRequests = pgTable(
  "integration_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toolName: text("tool_name").notNull(),
    website: text("website"),
    description: text("description").notNull(),
    status: integrationRequestStatus("status").notNull().default("under_review"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "set null" }),
    /** an anonymous requester who asked to be told when it becomes available */
    requesterEmail: text("requester_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index("integration_requests_status_idx").on(t.status, t.createdAt.desc()),
    uniqueIndex("integration_requests_tool_name_idx").on(sql`lower(${t.toolName})`),
  ],
);

export const integrationRequestVotes = pgTable(
  "integration_request_votes",
  {
    requestId: uuid("request_id")
      .notNull()
      .references(() => integrationRequests.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    notify: boolean("notify").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.userId] })],
);

export type DemoRequest = typeof demoRequests.$inferSelect;
export type NewDemoRequest = typeof demoRequests.$inferInsert;
export type IntegrationRequest = typeof integrationRequests.$inferSelect;
