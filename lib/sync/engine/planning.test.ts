import { describe, expect, it } from "vitest";
import { DEFAULT_SCIM_MAPPING } from "@/lib/connections/settings";
import { activeState, isInScope } from "./employee-state";
import { hashAttributes, mapAttributes, normalizeMapping, sourceValues } from "./map-employee";
import { planEmployee } from "./plan-employee";
import type { LinkState, SourceEmployee } from "./types";

const employee: SourceEmployee = {
  id: "e1",
  employeeNumber: 1042,
  firstName: "Zoë",
  lastName: "de Vries",
  email: "zoe.devries@acme.test",
  phone: null,
  position: "Recruiter",
  department: "People",
  office: "Amsterdam",
  employmentType: "full_time",
  status: "active",
  hireDate: "2022-01-01",
  terminationDate: null,
  managerId: null,
};
const link = (over: Partial<LinkState> = {}): LinkState => ({ externalId: "x1", externalUserName: null, pushedHash: "h", pushedAttributes: {}, active: true, etag: null, ...over });
const plan = (over: Partial<Parameters<typeof planEmployee>[0]>) =>
  planEmployee({ linked: true, link: link(), inScope: true, active: true, leftOn: null, desiredHash: "h", ...over });

describe("planning one employee", () => {
  it("creates (matches or provisions) an unlinked employee who should have an account", () => {
    expect(plan({ linked: false, link: null })).toEqual({ kind: "create" });
  });
  it("skips unlinked employees who are out of scope or gone, saying why", () => {
    expect(plan({ linked: false, link: null, inScope: false })).toEqual({ kind: "skip", message: "Not in this connection's scope" });
    expect(plan({ linked: false, link: null, active: false, leftOn: "2025-01-31" })).toEqual({ kind: "skip", message: "Left on 2025-01-31: no account to create" });
  });
  it("updates only when the hash of what would be pushed differs", () => {
    expect(plan({})).toEqual({ kind: "skip", message: "Up to date" });
    expect(plan({ desiredHash: "other" })).toEqual({ kind: "update", reactivate: false });
  });
  it("deactivates a linked leaver or someone who left the scope; reactivates a rehire", () => {
    expect(plan({ active: false, leftOn: "2025-01-31" })).toEqual({ kind: "deactivate", reason: "left on 2025-01-31" });
    expect(plan({ inScope: false })).toEqual({ kind: "deactivate", reason: "no longer in this connection's scope" });
    expect(plan({ link: link({ active: false }) })).toEqual({ kind: "update", reactivate: true });
    expect(plan({ link: link({ active: false }), active: false })).toEqual({ kind: "skip", message: "Account already deactivated" });
  });
});

describe("leavers and scope", () => {
  it("follows the leaver policy around the last day", () => {
    const leaver = { ...employee, terminationDate: "2025-03-31" };
    expect(activeState(leaver, "deactivate_on_last_day", "2025-03-30").active).toBe(true);
    expect(activeState(leaver, "deactivate_on_last_day", "2025-03-31")).toEqual({ active: false, leftOn: "2025-03-31" });
    expect(activeState(leaver, "deactivate_after_last_day", "2025-03-31").active).toBe(true);
    expect(activeState(leaver, "deactivate_after_last_day", "2025-04-01").active).toBe(false);
    expect(activeState({ ...leaver, status: "inactive" }, "keep_active", "2026-01-01").active).toBe(true);
    // the last day decides for leavers; an inactive status without one means gone
    expect(activeState({ ...leaver, status: "inactive" }, "deactivate_on_last_day", "2025-03-01").active).toBe(true);
    expect(activeState({ ...employee, status: "inactive" }, "deactivate_on_last_day", "2025-03-01").active).toBe(false);
    expect(activeState({ ...employee, status: "onboarding", hireDate: "2030-01-01" }, "deactivate_on_last_day", "2025-01-01").active).toBe(true);
  });
  it("matches every non-empty filter of the scope", () => {
    expect(isInScope(employee, { kind: "all" })).toBe(true);
    expect(isInScope(employee, { kind: "filter", departments: ["People"], offices: [], employmentTypes: [] })).toBe(true);
    expect(isInScope(employee, { kind: "filter", departments: ["People"], offices: ["Berlin"], employmentTypes: [] })).toBe(false);
    expect(isInScope(employee, { kind: "filter", departments: [], offices: [], employmentTypes: ["contractor"] })).toBe(false);
  });
});

describe("mapping", () => {
  it("maps by SCIM path, always with active, and hashes independent of key order", () => {
    const attributes = mapAttributes(DEFAULT_SCIM_MAPPING, sourceValues(employee, { active: true, managerExternalId: "m-9" }));
    expect(attributes).toMatchObject({
      userName: "zoe.devries@acme.test",
      externalId: "e1",
      displayName: "Zoë de Vries",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber": "1042",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value": "m-9",
      active: true,
    });
    const reversed = Object.fromEntries(Object.entries(attributes).reverse());
    expect(hashAttributes(reversed)).toBe(hashAttributes(attributes));
    expect(hashAttributes({ ...attributes, title: "Other" })).not.toBe(hashAttributes(attributes));
  });
  it("accepts catalog preset mappings written with employee field names", () => {
    expect(normalizeMapping({ userName: "email", "name.givenName": "first_name", "x": "salary" })).toEqual({ userName: "email", "name.givenName": "firstName" });
    expect(normalizeMapping({ "name.givenName": "first_name" })).toBeNull();
  });
});
