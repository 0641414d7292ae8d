import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { cachedCatalogPath } from "./public-catalog-proxy";

const req = (url: string, init: { headers?: Record<string, string>; method?: string } = {}) => new NextRequest(new URL(url, "http://localhost"), init);

describe("cached public catalog: which requests get a cached page", () => {
  it("maps anonymous catalog views to one canonical cached view per language", () => {
    expect(cachedCatalogPath(req("/integrations"))).toBe("/cached-catalog/en/list/_");
    expect(cachedCatalogPath(req("/integrations?tier=elite&category=learning&junk=1"))).toBe(
      `/cached-catalog/en/list/${encodeURIComponent("category=learning&tier=elite")}`,
    );
    expect(cachedCatalogPath(req("/integrations?category=learning&tier=elite"))).toBe(cachedCatalogPath(req("/integrations?tier=elite&category=learning")));
    expect(cachedCatalogPath(req("/integrations/slack", { headers: { "accept-language": "de-DE,de;q=0.9" } }))).toBe("/cached-catalog/de/detail/slack");
    expect(cachedCatalogPath(req("/integrations/slack", { headers: { cookie: "locale=en", "accept-language": "de" } }))).toBe("/cached-catalog/en/detail/slack");
    expect(cachedCatalogPath(req("/integrations/demo-requested"))).toBe("/cached-catalog/en/demo-requested");
  });

  it("renders per request: signed-in visitors, text searches, posts and odd paths", () => {
    expect(cachedCatalogPath(req("/integrations", { headers: { cookie: "next-auth.session-token=abc" } }))).toBeNull();
    expect(cachedCatalogPath(req("/integrations?q=slak"))).toBeNull();
    expect(cachedCatalogPath(req("/integrations/slack", { method: "POST" }))).toBeNull();
    expect(cachedCatalogPath(req("/integrations/slack", { headers: { "next-action": "abc" } }))).toBeNull();
    expect(cachedCatalogPath(req("/integrations/Slack%20x"))).toBeNull();
    expect(cachedCatalogPath(req("/integrations/a/b"))).toBeNull();
    expect(cachedCatalogPath(req("/integrations?page=400"))).toBeNull();
  });
});
