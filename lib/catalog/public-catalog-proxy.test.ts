import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { cachedCatalogPath, rewriteToCachedCatalog } from "./public-catalog-proxy";

const req = (url: string, init: { headers?: Record<string, string>; method?: string } = {}) => new NextRequest(new URL(url, "http://localhost"), init);

describe("cached public catalog: which requests get a cached page", () => {
  it("maps anonymous catalog views to one canonical cached view per language", async () => {
    expect(await cachedCatalogPath(req("/integrations"))).toBe("/cached-catalog/en/list/_");
    expect(await cachedCatalogPath(req("/integrations?tier=elite&category=learning&junk=1"))).toBe(
      `/cached-catalog/en/list/${encodeURIComponent("category=learning&tier=elite")}`,
    );
    expect(await cachedCatalogPath(req("/integrations?category=learning&tier=elite"))).toBe(await cachedCatalogPath(req("/integrations?tier=elite&category=learning")));
    expect(await cachedCatalogPath(req("/integrations/slack", { headers: { "accept-language": "de-DE,de;q=0.9" } }))).toBe("/cached-catalog/de/detail/slack");
    expect(await cachedCatalogPath(req("/integrations/slack", { headers: { cookie: "locale=en", "accept-language": "de" } }))).toBe("/cached-catalog/en/detail/slack");
    expect(await cachedCatalogPath(req("/integrations/demo-requested"))).toBe("/cached-catalog/en/demo-requested");
  });

  it("renders per request: signed-in visitors, text searches, posts, deep pages and unknown listings", async () => {
    expect(await cachedCatalogPath(req("/integrations", { headers: { cookie: "next-auth.session-token=abc" } }))).toBeNull();
    expect(await cachedCatalogPath(req("/integrations?q=slak"))).toBeNull();
    expect(await cachedCatalogPath(req("/integrations/slack", { method: "POST" }))).toBeNull();
    expect(await cachedCatalogPath(req("/integrations/slack", { headers: { "next-action": "abc" } }))).toBeNull();
    expect(await cachedCatalogPath(req("/integrations/Slack%20x"))).toBeNull();
    expect(await cachedCatalogPath(req("/integrations/a/b"))).toBeNull();
    expect(await cachedCatalogPath(req("/integrations?page=40"))).toBeNull();
    expect(await cachedCatalogPath(req("/integrations/no-such-listing-anywhere"))).toBeNull();
  });

  it("refuses direct requests for the cached paths, so only canonical views are cached", async () => {
    expect((await rewriteToCachedCatalog(req("/cached-catalog/en/list/made-up-view")))?.status).toBe(404);
    expect((await rewriteToCachedCatalog(req("/cached-catalog/en/detail/anything")))?.status).toBe(404);
  });
});
