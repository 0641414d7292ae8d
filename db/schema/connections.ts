import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { integrations } from "./catalog";
import { organizations } from "./organizations";
import { users } from "./users";

export const connectionStatus = pgEnum("connection_status", ["pending", "connected", "inactive"]);

/** A sync schedule: every N minutes, or daily at a local time. */
export type ConnectionSchedule =
  | { kind: "interval"; minutes: number }
  | { kind: "daily"; time: string; timezone: string };

/**
 * One integration connected by one tenant. Secrets live in `encryptedSecrets`
 * (AES-256-GCM, lib/crypto), never in `settings`.
 */
export const connections = pgTable(
  "connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id),
    status: connectionStatus("status").notNull().default("pending"),
    /** why the connection is inactive: deactivated | credentials_rotated | credentials_revoked | quarantined */
    inactiveReason: text("inactive_reason"),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).defaultNow().notNull(),
    /** the wizard step reached, for "Continue set-up" */
    wizardStep: text("wizard_step"),
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
    encryptedSecrets: text("encrypted_secrets"),
    schedule: jsonb("schedule").$type<ConnectionSchedule>().notNull().default({ kind: "interval", minutes: 30 }),
    nextSyncAt: timestamp("next_sync_at", { withTimezone: true }),
    lastSyncAt: timestamp("last_sync_at", { withTimezone: true }),
    lastRunStatus: text("last_run_status"),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
    /** set on disconnect: the row and its history stay for the retention period */
    disconnectedAt: timestamp("disconnected_at", { withTimezone: true }),
  },
  (t) => [
    index("connections_org_idx").on(t.organizationId, t.integrationId),
    index("connections_org_status_idx").on(t.organizationId, t.status),
    index("connections_due_idx").on(t.nextSyncAt).where(sql`${t.status} = 'connected'`),
  ],
);

export type Connection = typeof connections.$inferSelect;
export type NewConnection = typeof connections.$inferInsert;
