import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * For a fresh machine without configuration: ENCRYPTION_KEY and NEXTAUTH_SECRET
 * are generated once and kept under the data folder (mode 600). Set them in the
 * environment for a real deployment.
 */
export function ensureLocalSecrets(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  process.env.ENCRYPTION_KEY ??= readOrCreate(path.join(dataDir, "encryption-key"));
  process.env.NEXTAUTH_SECRET ??= readOrCreate(path.join(dataDir, "auth-secret"));
}

function readOrCreate(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const value = randomBytes(32).toString("base64");
  writeFileSync(file, value + "\n", { mode: 0o600 });
  return value;
}
