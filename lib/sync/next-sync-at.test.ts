import { describe, expect, it } from "vitest";
import { mergeSyncJobData } from "./enqueue-sync";
import { nextSyncAt } from "./next-sync-at";

describe("next sync", () => {
  it("adds the interval", () => {
    expect(nextSyncAt({ kind: "interval", minutes: 30 }, new Date("2025-05-01T10:00:00Z")).toISOString()).toBe("2025-05-01T10:30:00.000Z");
  });
  it("finds the next daily time in the connection's time zone, across DST", () => {
    const berlin = { kind: "daily" as const, time: "02:30", timezone: "Europe/Berlin" };
    expect(nextSyncAt(berlin, new Date("2025-01-15T00:00:00Z")).toISOString()).toBe("2025-01-15T01:30:00.000Z");
    expect(nextSyncAt(berlin, new Date("2025-01-15T02:00:00Z")).toISOString()).toBe("2025-01-16T01:30:00.000Z");
    expect(nextSyncAt(berlin, new Date("2025-07-15T00:00:00Z")).toISOString()).toBe("2025-07-15T00:30:00.000Z");
  });
});

describe("folding sync requests into the waiting job", () => {
  const base = { organizationId: "o", connectionId: "c" };
  it("merges employees of limited syncs and lets a full sync absorb them", () => {
    const merged = mergeSyncJobData({ ...base, trigger: "employee_change", employeeIds: ["a"] }, { ...base, trigger: "employee_change", employeeIds: ["b", "a"] });
    expect(merged).toEqual({ ...base, trigger: "employee_change", employeeIds: ["a", "b"] });
    expect(mergeSyncJobData(merged, { ...base, trigger: "manual", requestedByUserId: "u" })).toEqual({ ...base, trigger: "manual", requestedByUserId: "u" });
    expect(mergeSyncJobData({ ...base, trigger: "schedule" }, { ...base, trigger: "employee_change", employeeIds: ["a"] })).toEqual({ ...base, trigger: "schedule" });
  });
});
