import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

const from = (headers: Record<string, string>) => clientAddressFrom((name) => headers[name]);

describe("clientAddressFrom", () => {
  it("counts by the entry the nearest proxy appended, not by what the client claimed", () => {
    expect(from({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" })).toBe("203.0.113.7");
    expect(from({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then to one shared bucket, and stays short", () => {
    expect(from({ "x-real-ip": " 198.51.100.4 " })).toBe("198.51.100.4");
    expect(from({})).toBe("unknown");
    expect(from({ "x-forwarded-for": "x".repeat(500) })).toHaveLength(64);
  });
});
