import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de/api.json";
import en from "@/lib/i18n/messages/en/api.json";
import { API_EMPLOYEE_FIELDS } from "./employee-fields";
import { API_SCOPES } from "./scopes";

function leaves(value: unknown, prefix = ""): Record<string, unknown> {
  if (!value || typeof value !== "object") return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k)));
}

describe("api messages", () => {
  it("has every text in English and German, none empty", () => {
    const enLeaves = leaves(en);
    const deLeaves = leaves(de);
    expect(Object.keys(deLeaves).sort()).toEqual(Object.keys(enLeaves).sort());
    for (const [key, value] of [...Object.entries(enLeaves), ...Object.entries(deLeaves)]) {
      expect(typeof value === "string" && value.trim().length > 0, key).toBe(true);
    }
    expect(en.developers.description).not.toBe(en.developers.columnDescription);
  });

  it("names every scope and every employee field the API exposes", () => {
    for (const messages of [en, de]) {
      expect(Object.keys(messages.scopes).sort()).toEqual([...API_SCOPES].sort());
      expect(Object.keys(messages.fields).sort()).toEqual([...API_EMPLOYEE_FIELDS].sort());
    }
  });
});
