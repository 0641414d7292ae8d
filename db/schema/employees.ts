import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

export const employmentType = pgEnum("employment_type", ["full_time", "part_time", "contractor", "intern"]);
export const employeeStatus = pgEnum("employee_status", ["active", "onboarding", "leave", "inactive"]);

export const employees = pgTable(
  "employees",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** the number people see and search for, unique per organization */
    employeeNumber: integer("employee_number").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    personalEmail: text("personal_email"),
    phone: text("phone"),
    position: text("position"),
    department: text("department"),
    office: text("office"),
    managerId: uuid("manager_id").references((): AnyPgColumn => employees.id, { onDelete: "set null" }),
    employmentType: employmentType("employment_type").notNull().default("full_time"),
    status: employeeStatus("status").notNull().default("active"),
    hireDate: date("hire_date").notNull(),
    /** last working day; in the future for announced leavers */
    terminationDate: date("termination_date"),
    /** account id written back by a partner integration through the public API */
    externalAccountId: text("external_account_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex("employees_org_number_idx").on(t.organizationId, t.employeeNumber),
    index("employees_org_name_idx").on(t.organizationId, t.lastName, t.firstName, t.id),
    index("employees_org_updated_idx").on(t.organizationId, t.updatedAt, t.id),
    index("employees_org_email_idx").on(t.organizationId, sql`lower(${t.email})`),
    index("employees_org_department_idx").on(t.organizationId, t.department),
  ],
);

export type Employee = typeof employees.$inferSelect;
export type NewEmployee = typeof employees.$inferInsert;
