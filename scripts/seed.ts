/**
 * `npm run db:seed`: applies the migrations and seeds the database of DATABASE_URL
 * (the catalog always; the demo companies once).
 */
import { closeDb, getDb } from "../db";
import { seedDatabase } from "../db/seed";
import { runMigrations } from "../lib/db/migrate";
import { ensureLocalSecrets } from "./lib/local-secrets";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL");
  ensureLocalSecrets(process.env.DATA_DIR ?? ".data");
  // The demo history is synced against a sandbox SCIM directory on loopback (SSRF guard).
  process.env.ALLOW_LOOPBACK_TARGETS ??= "true";
  await runMigrations(url);
  const result = await seedDatabase(getDb(), { platformName: process.env.PLATFORM_NAME, log: (line) => console.log(`seed: ${line}`) });
  console.log(result.created ? "Demo data created." : "Catalog updated; demo data already there.");
  await closeDb();
}

main().catch(async (error) => {
  console.error(error);
  await closeDb();
  process.exit(1);
});
