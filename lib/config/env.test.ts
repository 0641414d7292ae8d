import { describe, expect, it } from "vitest";
import { validateEnv } from "./env";

const good = {
  DATABASE_URL: "postgres://u:p@db:5432/marketplace",
  ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  NEXTAUTH_SECRET: "x".repeat(40),
};

describe("validateEnv", () => {
  it("accepts a complete configuration", () => {
    expect(validateEnv(good).DATABASE_URL).toBe(good.DATABASE_URL);
    expect(() => validateEnv({ ...good, ENCRYPTION_KEY: "ab".repeat(32) })).not.toThrow();
  });

  it("lists every problem without echoing secret values", () => {
    let message = "";
    try {
      validateEnv({ DATABASE_URL: "mysql://x", ENCRYPTION_KEY: "too-short-secret", NEXTAUTH_SECRET: "short", SMTP_URL: "http://mail" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("DATABASE_URL: must be a postgres:// connection string");
    expect(message).toContain("ENCRYPTION_KEY: must be 32 bytes");
    expect(message).toContain("NEXTAUTH_SECRET: must be at least 32 characters");
    expect(message).toContain("SMTP_URL");
    expect(message).not.toContain("too-short-secret");
  });

  it("checks the SSRF guard's settings: private ranges only, loopback as true or false", () => {
    expect(validateEnv({ ...good, TARGET_ALLOWED_PRIVATE_RANGES: "10.20.0.0/16,192.168.5.0/24", ALLOW_LOOPBACK_TARGETS: "false" })).toMatchObject({ ALLOW_LOOPBACK_TARGETS: "false" });
    expect(() => validateEnv({ ...good, TARGET_ALLOWED_PRIVATE_RANGES: "10.20.0.0/16,169.254.0.0/16", ALLOW_LOOPBACK_TARGETS: "yes" })).toThrow(
      /TARGET_ALLOWED_PRIVATE_RANGES: "169\.254\.0\.0\/16" is not inside a private range[\s\S]*ALLOW_LOOPBACK_TARGETS: must be true or false/,
    );
  });

  it("bounds the sync request timeout", () => {
    expect(validateEnv({ ...good, SYNC_REQUEST_TIMEOUT_MS: "15000" }).SYNC_REQUEST_TIMEOUT_MS).toBe(15_000);
    expect(() => validateEnv({ ...good, SYNC_REQUEST_TIMEOUT_MS: "30" })).toThrow("SYNC_REQUEST_TIMEOUT_MS: must be at least 1000 (ms)");
    expect(() => validateEnv({ ...good, SYNC_REQUEST_TIMEOUT_MS: "soon" })).toThrow("SYNC_REQUEST_TIMEOUT_MS");
  });
});
