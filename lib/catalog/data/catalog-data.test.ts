import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { CATEGORY_SLUGS, PARTNER_TIERS, type ConnectorKind } from "../integration-meta";
import { catalogData, loadCatalog, providers } from "./index";

const publicDir = fileURLToPath(new URL("../../../public", import.meta.url));

const REQUIRED: Record<string, ConnectorKind> = {
  slack: "scim",
  atlassian: "scim",
  zoom: "scim",
  "github-emu": "scim",
  dropbox: "scim",
  "scim-generic": "scim",
  "microsoft-entra-id": "scim",
  "google-workspace": "scim",
  okta: "scim",
  "microsoft-teams": "webhook",
  "webhook-generic": "webhook",
  mattermost: "webhook",
};

describe("catalog data", () => {
  const catalog = loadCatalog();
  const bySlug = new Map(catalog.map((entry) => [entry.slug, entry]));

  it("parses every entry and has at least 60 integrations", () => {
    expect(catalog.length).toBe(catalogData.length);
    expect(catalog.length).toBeGreaterThanOrEqual(60);
  });

  it("has unique slugs", () => {
    expect(new Set(catalog.map((entry) => entry.slug)).size).toBe(catalog.length);
  });

  it.each(CATEGORY_SLUGS)("has at least 3 integrations in category %s", (category) => {
    expect(catalog.filter((entry) => entry.categories.includes(category)).length).toBeGreaterThanOrEqual(3);
  });

  it("uses all three partner tiers, each matching the partner's own tier", () => {
    const tiers = new Set(catalog.map((entry) => entry.tier).filter((tier) => tier !== null));
    expect([...tiers].sort()).toEqual([...PARTNER_TIERS].sort());
    for (const entry of catalog.filter((e) => e.provider !== "platform")) {
      const owner = providers.find((p) => p.slug === entry.provider);
      expect(owner, entry.slug).toBeDefined();
      expect(entry.tier, entry.slug).toBe(owner?.tier);
      expect(entry.connector.kind, entry.slug).toBe("partner");
    }
  });

  it("has the lernwerk partner and at least 8 partners", () => {
    expect(providers.length).toBeGreaterThanOrEqual(8);
    expect(providers.some((p) => p.slug === "lernwerk")).toBe(true);
  });

  it.each(Object.entries(REQUIRED))("has first-party %s with connector kind %s and monitoring", (slug, kind) => {
    const entry = bySlug.get(slug);
    expect(entry, slug).toBeDefined();
    expect(entry?.provider).toBe("platform");
    expect(entry?.tier).toBeNull();
    expect(entry?.connector.kind).toBe(kind);
    expect(entry?.monitoring).toBe(true);
    if (kind === "webhook") {
      expect(entry?.connector.preset.events).toEqual(["employee.provisioned", "employee.updated", "employee.deactivated"]);
    }
  });

  it("has the documented SCIM presets", () => {
    expect(bySlug.get("slack")?.connector.preset).toMatchObject({ baseUrlPattern: "https://api.slack.com/scim/v2", requestsPerSecond: 3 });
    expect(bySlug.get("atlassian")?.connector.preset).toMatchObject({
      baseUrlPattern: "https://api.atlassian.com/scim/directory/{directoryId}",
      requestsPerSecond: 5,
    });
    expect(bySlug.get("zoom")?.connector.preset).toMatchObject({ baseUrlPattern: "https://api.zoom.us/scim2", requestsPerSecond: 10 });
    expect(bySlug.get("github-emu")?.connector.preset).toMatchObject({
      baseUrlPattern: "https://api.github.com/scim/v2/enterprises/{enterprise}",
      requestsPerSecond: 10,
    });
    const generic = bySlug.get("scim-generic");
    expect(generic?.name).toBe("SCIM 2.0 (generic)");
    expect(generic?.connector.preset.baseUrlPattern).toBeUndefined();
    expect(generic?.connector.preset.requestsPerSecond).toBeUndefined();
    expect(bySlug.get("webhook-generic")?.name).toBe("Custom webhook");
  });

  it("has a logo file on disk for every integration", () => {
    const missing = catalog.filter((entry) => !existsSync(`${publicDir}${entry.logo}`)).map((entry) => entry.logo);
    expect(missing).toEqual([]);
  });

  it("has a screenshot file on disk for every screenshot", () => {
    const missing = catalog.flatMap((entry) => entry.screenshots.map((s) => s.src)).filter((src) => !existsSync(`${publicDir}${src}`));
    expect(missing).toEqual([]);
  });

  it("keeps summaries short and gives 3-5 setup steps in both languages", () => {
    for (const entry of catalog) {
      expect(entry.summary.en.length, entry.slug).toBeLessThanOrEqual(140);
      expect(entry.summary.de.length, entry.slug).toBeLessThanOrEqual(140);
      expect(entry.setupSteps.length, entry.slug).toBeGreaterThanOrEqual(3);
      expect(entry.setupSteps.length, entry.slug).toBeLessThanOrEqual(5);
      if (entry.pricing.model === "paid") expect(entry.pricing.note, entry.slug).toBeDefined();
    }
  });

  it("reports an invalid entry by slug", () => {
    catalogData.push({ ...catalogData[0], slug: "broken-entry", categories: [] });
    try {
      expect(() => loadCatalog()).toThrow(/broken-entry/);
    } finally {
      catalogData.pop();
    }
  });
});
