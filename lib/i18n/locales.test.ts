import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it("takes the best supported language by quality", () => {
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7")).toBe("de");
    expect(localeFromAcceptLanguage("de-CH")).toBe("de");
    expect(localeFromAcceptLanguage("en;q=0.5,de;q=0.9")).toBe("de");
  });
  it("returns null when nothing fits", () => {
    expect(localeFromAcceptLanguage("fr,es;q=0.5")).toBeNull();
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
    expect(localeFromAcceptLanguage("de;q=0")).toBeNull();
  });
});
