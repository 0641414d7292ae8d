import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { employees, organizations, users, type Employee, type Organization, type User } from "@/db/schema";
import type { Right } from "@/lib/auth/rights";

/**
 * Builders for tests: each creates fresh rows with unique slugs and emails, so
 * test files can run in parallel on one database without seeing each other.
 */
export async function createOrganization(overrides: Partial<typeof organizations.$inferInsert> = {}): Promise<Organization> {
  const slug = `test-${randomUUID().slice(0, 8)}`;
  const [org] = await db.insert(organizations).values({ slug, name: `Test ${slug}`, kind: "customer", ...overrides }).returning();
  return org;
}

export async function createUser(org: Organization, rights: Right[], overrides: Partial<typeof users.$inferInsert> = {}): Promise<User> {
  const [user] = await db
    .insert(users)
    .values({
      organizationId: org.id,
      email: `${randomUUID().slice(0, 8)}@${org.slug}.test`,
      name: "Test User",
      passwordHash: "not-a-real-hash",
      rights,
      ...overrides,
    })
    .returning();
  return user;
}

let employeeNumber = 1;
export async function createEmployee(org: Organization, overrides: Partial<typeof employees.$inferInsert> = {}): Promise<Employee> {
  const n = employeeNumber++;
  const [employee] = await db
    .insert(employees)
    .values({
      organizationId: org.id,
      employeeNumber: n,
      firstName: "Test",
      lastName: `Person ${n}`,
      email: `person${n}.${randomUUID().slice(0, 6)}@${org.slug}.test`,
      hireDate: "2024-01-01",
      ...overrides,
    })
    .returning();
  return employee;
}

export const HR_ADMIN_RIGHTS: Right[] = ["marketplace:edit", "api:edit"];
export const SUPPORT_RIGHTS: Right[] = ["monitoring:view"];
