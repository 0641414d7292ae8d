import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, openSecrets, sealSecrets } from "./secrets";

describe("secrets at rest", () => {
  const key = randomBytes(32);

  it("round-trips and never contains the plaintext", () => {
    const sealed = encryptSecret("scim-token-123", key);
    expect(sealed).not.toContain("scim-token-123");
    expect(decryptSecret(sealed, key)).toBe("scim-token-123");
  });

  it("uses a fresh IV each time", () => {
    expect(encryptSecret("same", key)).not.toBe(encryptSecret("same", key));
  });

  it("refuses a tampered ciphertext and a wrong key", () => {
    const sealed = encryptSecret("secret", key);
    const parts = sealed.split(".");
    parts[3] = Buffer.from("other").toString("base64url");
    expect(() => decryptSecret(parts.join("."), key)).toThrow();
    expect(() => decryptSecret(sealed, randomBytes(32))).toThrow();
  });

  it("seals a map of secrets with the environment key", () => {
    process.env.ENCRYPTION_KEY = randomBytes(32).toString("base64");
    const sealed = sealSecrets({ token: "t0k3n" });
    expect(sealed).not.toContain("t0k3n");
    expect(openSecrets(sealed)).toEqual({ token: "t0k3n" });
    expect(openSecrets(null)).toEqual({});
  });
});
