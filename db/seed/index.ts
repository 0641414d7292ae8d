import { eq } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import type { Database } from "../index";
import { employees, organizations, users } from "../schema";
import { seedCatalog } from "./catalog";
import { demoExtras, type SeedContext } from "./extras";
import { DEMO_COMPANIES, DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { generateEmployees } from "./employees";


/**
 * The catalog is upserted on every start; the demo companies, users and
 * employees are created once (when "acme" does not exist yet).
 */
export async function seedDatabase(db: Database, options: { platformName?: string; log?: (line: string) => void } = {}) {
  const log = options.log ?? (() => {});
  const integrationIds = await seedCatalog(db, options.platformName ?? "Personio");
  log(`catalog: ${integrationIds.size} integrations`);

  const [existing] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, "acme"));
  if (existing) return { created: false };

  const orgIds = new Map<string, string>();
  for (const org of await db.select({ id: organizations.id, slug: organizations.slug }).from(organizations)) {
    orgIds.set(org.slug, org.id);
  }
  for (const company of DEMO_COMPANIES) {
    const [row] = await db
      .insert(organizations)
      .values({ slug: company.slug, name: company.name, kind: "customer" })
      .returning({ id: organizations.id });
    orgIds.set(company.slug, row.id);
    const people = generateEmployees({ organizationId: row.id, domain: company.domain, count: company.employees, seed: company.seed });
    // Managers reference earlier rows, so one insert in order keeps the foreign keys valid.
    await db.insert(employees).values(people);
    log(`${company.name}: ${people.length} employees`);
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.insert(users).values(
    DEMO_USERS.map((user) => ({
      email: user.email,
      name: user.name,
      organizationId: orgIds.get(user.org)!,
      rights: user.rights,
      passwordHash,
      locale: user.locale ?? null,
    })),
  );
  log(`users: ${DEMO_USERS.map((u) => u.email).join(", ")}`);

  const ctx: SeedContext = { db, orgIds, integrationIds };
  for (const extra of demoExtras) await extra(ctx);
  return { created: true };
}
