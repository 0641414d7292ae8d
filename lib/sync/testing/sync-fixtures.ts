import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { connections, employeeLinks, employees, integrations, syncResults, syncRuns, type Employee, type NewEmployee, type Organization } from "@/db/schema";
import { sealSecrets } from "@/lib/crypto/secrets";
import { createEmployee, createOrganization } from "@/lib/testing/factories";

/** A test organization with employees and one connected SCIM or webhook connection. */
export async function createSyncFixture(options: {
  integrationSlug: string;
  settings: Record<string, unknown>;
  secrets: Record<string, string>;
  employees: Partial<NewEmployee>[];
}): Promise<{ org: Organization; connectionId: string; people: Employee[] }> {
  const org = await createOrganization();
  const [integration] = await db.select({ id: integrations.id }).from(integrations).where(eq(integrations.slug, options.integrationSlug));
  const people: Employee[] = [];
  for (const overrides of options.employees) people.push(await createEmployee(org, overrides));
  const [connection] = await db
    .insert(connections)
    .values({ organizationId: org.id, integrationId: integration.id, status: "connected", settings: options.settings, encryptedSecrets: sealSecrets(options.secrets) })
    .returning({ id: connections.id });
  return { org, connectionId: connection.id, people };
}

/** Employees with distinct, realistic names and work emails. */
export function somePeople(count: number, overrides: (i: number) => Partial<NewEmployee> = () => ({})): Partial<NewEmployee>[] {
  const unique = crypto.randomUUID().slice(0, 6);
  return Array.from({ length: count }, (_, i) => ({
    firstName: ["Anna", "Lukas", "Sofia", "Jonas", "Marie", "Felix", "Emma", "Paul"][i % 8],
    lastName: `Tester${i}`,
    email: `person${i}.${unique}@acme.test`,
    position: "Engineer",
    department: i % 2 === 0 ? "Engineering" : "Sales",
    ...overrides(i),
  }));
}

export async function resultsOf(runId: string) {
  return db.select().from(syncResults).where(eq(syncResults.runId, runId));
}

export async function runsOf(connectionId: string) {
  return db.select().from(syncRuns).where(eq(syncRuns.connectionId, connectionId)).orderBy(syncRuns.startedAt);
}

export async function linkOf(connectionId: string, employeeId: string) {
  const [link] = await db.select().from(employeeLinks).where(and(eq(employeeLinks.connectionId, connectionId), eq(employeeLinks.employeeId, employeeId)));
  return link;
}

export async function updateEmployee(id: string, changes: Partial<NewEmployee>) {
  await db.update(employees).set({ ...changes, updatedAt: new Date() }).where(eq(employees.id, id));
}
