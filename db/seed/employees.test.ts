import { describe, expect, it } from "vitest";
import { generateEmployees } from "./employees";

describe("generateEmployees", () => {
  const today = new Date("2026-06-01T00:00:00Z");
  const rows = generateEmployees({ organizationId: "org", domain: "acme.test", count: 260, seed: 7, today });

  it("is deterministic for a seed", () => {
    const again = generateEmployees({ organizationId: "org", domain: "acme.test", count: 260, seed: 7, today });
    expect(again.map((r) => r.email)).toEqual(rows.map((r) => r.email));
  });

  it("makes unique work emails and employee numbers", () => {
    expect(new Set(rows.map((r) => r.email)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.employeeNumber)).size).toBe(rows.length);
  });

  it("has leavers in the past and the future, and future hires", () => {
    const iso = "2026-06-01";
    expect(rows.filter((r) => r.terminationDate && r.terminationDate < iso).length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.terminationDate && r.terminationDate > iso).length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.hireDate > iso).length).toBeGreaterThanOrEqual(3);
  });

  it("gives everyone but the first a manager from the same company", () => {
    const ids = new Set(rows.map((r) => r.id));
    rows.slice(1).forEach((r) => expect(ids.has(r.managerId!)).toBe(true));
  });
});
