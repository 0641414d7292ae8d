import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { connections } from "./connections";
import { organizations } from "./organizations";
import { users } from "./users";

export const apiCredentialStatus = pgEnum("api_credential_status", ["active", "disabled"]);

/** OAuth 2.0 client credentials for the public API. The secret is stored as a hash only. */
export const apiCredentials = pgTable(
  "api_credentials",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    clientId: text("client_id").notNull(),
    secretHash: text("secret_hash").notNull(),
    scopes: text("scopes").array().notNull().default([]),
    /** employee fields the client may read; null = all */
    employeeFields: text("employee_fields").array(),
    /** set for credentials issued by a partner integration's wizard */
    connectionId: uuid("connection_id").references(() => connections.id, { onDelete: "set null" }),
    status: apiCredentialStatus("status").notNull().default("active"),
    /** bumped on rotate and on scope change: tokens carrying an older version are refused */
    tokenVersion: integer("token_version").notNull().default(1),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    rotatedAt: timestamp("rotated_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("api_credentials_client_idx").on(t.clientId),
    index("api_credentials_org_idx").on(t.organizationId, t.createdAt),
  ],
);

export type ApiCredential = typeof apiCredentials.$inferSelect;
export type NewApiCredential = typeof apiCredentials.$inferInsert;
