import { describe, expect, it } from "vitest";
import { nextSyncAt } from "./next-sync-at";

describe("nextSyncAt", () => {
  it("adds the interval", () => {
    const from = new Date("2025-03-10T10:00:00Z");
    expect(nextSyncAt({ kind: "interval", minutes: 30 }, from).toISOString()).toBe("2025-03-10T10:30:00.000Z");
  });

  it("finds today's or tomorrow's local time, across time zones and DST", () => {
    const winter = new Date("2025-01-15T04:00:00Z"); // 05:00 in Berlin
    expect(nextSyncAt({ kind: "daily", time: "06:30", timezone: "Europe/Berlin" }, winter).toISOString()).toBe("2025-01-15T05:30:00.000Z");
    expect(nextSyncAt({ kind: "daily", time: "04:00", timezone: "Europe/Berlin" }, winter).toISOString()).toBe("2025-01-16T03:00:00.000Z");
    const summer = new Date("2025-07-01T12:00:00Z");
    expect(nextSyncAt({ kind: "daily", time: "06:30", timezone: "Europe/Berlin" }, summer).toISOString()).toBe("2025-07-02T04:30:00.000Z");
    // The night Berlin springs forward (30 March 2025): 06:30 is already CEST.
    const beforeSwitch = new Date("2025-03-29T23:00:00Z");
    expect(nextSyncAt({ kind: "daily", time: "06:30", timezone: "Europe/Berlin" }, beforeSwitch).toISOString()).toBe("2025-03-30T04:30:00.000Z");
    expect(nextSyncAt({ kind: "daily", time: "09:00", timezone: "America/New_York" }, summer).toISOString()).toBe("2025-07-01T13:00:00.000Z");
  });
});
