/**
 * `npm run rotate-key`: re-encrypts every stored secret from OLD_ENCRYPTION_KEY to
 * ENCRYPTION_KEY. Stop the workers first; start every process with the new key after.
 */
import { closeDb, getDb } from "../db";
import { parseKey, reencryptSecrets } from "../lib/crypto/rotate-key";

async function main() {
  const oldRaw = process.env.OLD_ENCRYPTION_KEY;
  const newRaw = process.env.ENCRYPTION_KEY;
  if (!process.env.DATABASE_URL || !oldRaw || !newRaw) {
    throw new Error("Set DATABASE_URL, OLD_ENCRYPTION_KEY (the current key) and ENCRYPTION_KEY (the new key)");
  }
  const result = await reencryptSecrets(getDb(), parseKey(oldRaw), parseKey(newRaw));
  console.log(`Re-encrypted ${result.rotated} connection(s); ${result.alreadyNew} already used the new key.`);
  await closeDb();
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb();
  process.exit(1);
});
