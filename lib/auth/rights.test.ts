import { describe, expect, it } from "vitest";
import { can, missingRights } from "./rights";

describe("rights table", () => {
  it("needs both marketplace:edit and api:edit to manage connections", () => {
    expect(can(["marketplace:edit", "api:edit"], "connections:manage")).toBe(true);
    expect(can(["marketplace:edit"], "connections:manage")).toBe(false);
    expect(can(["api:edit"], "marketplace:browse")).toBe(false);
  });

  it("lets support staff view but never manage", () => {
    expect(can(["monitoring:view"], "connections:view")).toBe(true);
    expect(can(["monitoring:view"], "employees:view")).toBe(true);
    expect(can(["monitoring:view"], "connections:manage")).toBe(false);
    expect(can(["monitoring:view"], "api_credentials:manage")).toBe(false);
  });

  it("gives an employee without rights nothing", () => {
    for (const ability of ["marketplace:browse", "connections:view", "demo_requests:manage"] as const) {
      expect(can([], ability)).toBe(false);
    }
  });

  it("names the missing rights", () => {
    expect(missingRights([], "marketplace:browse")).toEqual(["marketplace:edit", "api:edit"]);
    expect(missingRights(["api:edit"], "marketplace:browse")).toEqual(["marketplace:edit"]);
    expect(missingRights([], "connections:view")).toEqual(["monitoring:view"]);
  });
});
