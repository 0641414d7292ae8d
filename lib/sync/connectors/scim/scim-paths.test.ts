import { describe, expect, it } from "vitest";
import { buildResource, changedPaths, parsePath, patchOperations, readAttributes } from "./scim-paths";

const E = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

describe("SCIM attribute paths", () => {
  it("parses core, complex, filtered and extension paths", () => {
    expect(parsePath("userName")).toEqual({ urn: null, attr: "userName", filter: null, sub: null });
    expect(parsePath('emails[type eq "work"].value')).toEqual({ urn: null, attr: "emails", filter: { attr: "type", value: "work" }, sub: "value" });
    expect(parsePath(`${E}:manager.value`)).toEqual({ urn: E, attr: "manager", filter: null, sub: "value" });
    expect(parsePath("not a path")).toBeNull();
  });

  it("builds a resource and reads the same attributes back", () => {
    const attributes = { userName: "a@x.test", "name.givenName": "Ada", 'emails[type eq "work"].value': "a@x.test", [`${E}:department`]: "R&D", [`${E}:manager.value`]: "m1", title: null, active: true };
    const resource = buildResource(attributes);
    expect(resource).toEqual({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", E],
      userName: "a@x.test",
      name: { givenName: "Ada" },
      emails: [{ type: "work", primary: true, value: "a@x.test" }],
      [E]: { department: "R&D", manager: { value: "m1" } },
      active: true,
    });
    expect(readAttributes(resource, Object.keys(attributes))).toEqual(attributes);
  });

  it("patches only what changed: complex attributes as one replace, missing multi-valued entries as add", () => {
    const current = { userName: "a@x.test", "name.givenName": "Ada", "name.familyName": "L", 'emails[type eq "work"].value': null, title: "Dev", active: true };
    const desired = { ...current, "name.givenName": "Ada M.", 'emails[type eq "work"].value': "a@x.test", title: null, userName: "A@X.TEST" };
    const changed = changedPaths(desired, current);
    expect(changed).toEqual(["name.givenName", 'emails[type eq "work"].value', "title"]);
    expect(patchOperations(changed, desired, current)).toEqual([
      { op: "add", path: "emails", value: [{ type: "work", value: "a@x.test" }] },
      { op: "remove", path: "title" },
      { op: "replace", path: "name", value: { givenName: "Ada M." } },
    ]);
  });
});
