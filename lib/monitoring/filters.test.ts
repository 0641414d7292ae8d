import { describe, expect, it } from "vitest";
import { causeOf, errorCodeLabelKey } from "./error-causes";
import { parseResultFilters, parseRunFilters, toQuery } from "./filters";
import { durationMessage } from "./format-duration";

describe("parseRunFilters", () => {
  it("keeps valid filters and reports bad ones beside their field without failing", () => {
    expect(parseRunFilters({ status: "failed", from: "2025-01-01", to: "2025-01-31" })).toEqual({
      filters: { status: "failed", from: "2025-01-01", to: "2025-01-31", cursor: undefined },
      errors: {},
    });
    const bad = parseRunFilters({ status: "exploded", from: "yesterday", to: ["2025-02-30"] });
    expect(bad.filters).toEqual({ status: undefined, cursor: undefined });
    expect(bad.errors).toEqual({ status: "filters.invalidChoice", from: "filters.invalidDate", to: "filters.invalidDate" });
    expect(parseRunFilters({ from: "2025-02-01", to: "2025-01-01" }).errors).toEqual({ to: "filters.toBeforeFrom" });
  });
});

describe("parseResultFilters", () => {
  it("defaults to the name sort and rejects unknown values", () => {
    expect(parseResultFilters({}).filters.sort).toBe("name");
    const parsed = parseResultFilters({ status: "failed", operation: "none", sort: "newest", error: "scim.uniqueness", q: "  anna " });
    expect(parsed).toEqual({ filters: { status: "failed", operation: "none", sort: "newest", error: "scim.uniqueness", q: "anna", cursor: undefined }, errors: {} });
    const bad = parseResultFilters({ status: "ok", operation: "delete", sort: "random", error: "<script>", q: "x".repeat(201) });
    expect(bad.errors).toEqual({ status: "filters.invalidChoice", operation: "filters.invalidChoice", sort: "filters.invalidChoice", error: "filters.invalidChoice", q: "filters.tooLong" });
    expect(bad.filters).toEqual({ sort: "name", status: undefined, operation: undefined, error: undefined, q: undefined, cursor: undefined });
  });

  it("builds queries without empty values", () => {
    expect(toQuery({ a: "1", b: undefined, c: "" })).toBe("?a=1");
    expect(toQuery({})).toBe("");
  });
});

describe("error causes", () => {
  it.each([
    ["scim.uniqueness", "duplicate_account"],
    ["scim.duplicate_accounts", "duplicate_account"],
    ["validation.missing_email", "missing_email"],
    ["http.400.invalidValue", "invalid_attribute"],
    ["validation.invalid_manager", "invalid_attribute"],
    ["http.429", "rate_limited"],
    ["http.401", "credentials_rejected"],
    ["http.403", "credentials_rejected"],
    ["http.404", "account_missing"],
    ["http.503", "target_unavailable"],
    ["network.timeout", "target_unavailable"],
    ["response.html", "unexpected_answer"],
    ["response.invalid_json", "unexpected_answer"],
    ["link.conflict", "duplicate_account"],
    ["network.blocked", "address_not_allowed"],
    ["run.interrupted", "run_interrupted"],
    ["something.else", "other"],
    [null, "other"],
  ])("%s is %s", (code, cause) => {
    expect(causeOf(code)).toBe(cause);
  });

  it("labels well-known codes only", () => {
    expect(errorCodeLabelKey("scim.uniqueness")).toBe("scim_uniqueness");
    expect(errorCodeLabelKey("http.400.invalidValue")).toBe("http_400_invalidValue");
    expect(errorCodeLabelKey("custom.thing")).toBeNull();
  });
});

describe("durationMessage", () => {
  it("picks the unit", () => {
    expect(durationMessage(850)).toEqual({ key: "ms", values: { value: 850 } });
    expect(durationMessage(4230)).toEqual({ key: "s", values: { value: 4.2 } });
    expect(durationMessage(185_000)).toEqual({ key: "min", values: { minutes: 3, seconds: 5 } });
    expect(durationMessage(3_720_000)).toEqual({ key: "h", values: { hours: 1, minutes: 2 } });
  });
});
