import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackUrl("/connections/1/monitoring?status=failed#x")).toBe("/connections/1/monitoring?status=failed#x");
    expect(safeCallbackUrl(undefined)).toBe("/home");
  });

  it.each(["https://evil.example/", "//evil.example/", "/\\evil.example", "\\/evil.example", "/\t/evil.example", "/\n/evil.example", "javascript:alert(1)", "/%2F/evil.example/x"])(
    "never leaves the site for %j",
    (value) => {
      const target = safeCallbackUrl(value);
      expect(target.startsWith("/")).toBe(true);
      expect(new URL(target, "https://app.example").origin).toBe("https://app.example");
    },
  );
});
