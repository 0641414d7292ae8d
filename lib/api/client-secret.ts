import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Client secrets are 256 random bits, so a fast SHA-256 hash is safe to store
 * (no dictionary to attack) and cheap to check on every token request.
 */
export function generateClientCredentials(): { clientId: string; clientSecret: string } {
  return {
    clientId: `mkp_${randomBytes(12).toString("hex")}`,
    clientSecret: `mks_${randomBytes(32).toString("base64url")}`,
  };
}

export function hashClientSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function verifyClientSecret(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashClientSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
