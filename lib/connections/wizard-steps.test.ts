import { describe, expect, it } from "vitest";
import { editableSteps, resolveStep, stepAfter, stepIds } from "./wizard-steps";

describe("wizard steps per connector kind", () => {
  it("declares the issue's steps in order", () => {
    expect(stepIds("scim")).toEqual(["permissions", "credentials", "scope", "mapping", "schedule", "review"]);
    expect(stepIds("webhook")).toEqual(["permissions", "endpoint", "events", "scope", "schedule", "review"]);
    expect(stepIds("partner")).toEqual(["permissions", "credentials"]);
    expect(editableSteps("scim")).toEqual(["credentials", "scope", "mapping", "schedule"]);
    expect(stepAfter("scim", "schedule")).toBe("review");
    expect(stepAfter("scim", "review")).toBeNull();
  });

  it("resumes at the step reached and never skips ahead", () => {
    expect(resolveStep("scim", "mapping", undefined)).toBe("mapping");
    expect(resolveStep("scim", "mapping", "credentials")).toBe("credentials");
    expect(resolveStep("scim", "mapping", "review")).toBe("mapping");
    expect(resolveStep("scim", "mapping", "endpoint")).toBe("mapping");
    expect(resolveStep("scim", null, undefined)).toBe("credentials");
  });
});
