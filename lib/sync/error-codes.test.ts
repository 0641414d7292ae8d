import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de/sync.json";
import en from "@/lib/i18n/messages/en/sync.json";
import { ERROR_CODE_KEYS, errorCodeKey } from "./error-codes";

const lookup = (messages: unknown, path: string[]) => path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

describe("error codes of sync results", () => {
  it("have a name and a hint in English and German", () => {
    for (const key of ERROR_CODE_KEYS) {
      for (const messages of [en, de]) {
        expect(typeof lookup(messages, ["errorCode", ...key.split(".")]), key).toBe("string");
        expect(typeof lookup(messages, ["errorHint", ...key.split(".")]), key).toBe("string");
      }
    }
  });

  it("map every code the engine writes to a message key", () => {
    expect(errorCodeKey("http.503")).toBe("http.5xx");
    expect(errorCodeKey("http.418")).toBe("http.4xx");
    expect(errorCodeKey("scim.tooMany")).toBe("scim.other");
    expect(errorCodeKey("scim.duplicate_accounts")).toBe("scim.duplicate_accounts");
    expect(errorCodeKey("network.other")).toBe("network.other");
    expect(errorCodeKey(null)).toBeNull();
  });
});
