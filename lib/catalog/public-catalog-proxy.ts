import { NextResponse, type NextRequest } from "next/server";
import { catalogQueryString, parseCatalogQuery } from "@/lib/validations/catalog";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { knownSlugs } from "./known-slugs";

/**
 * Anonymous visitors of the public catalog get cached pages: /integrations,
 * /integrations/<slug> and the demo confirmation are rewritten to their cached twins
 * under /cached-catalog/<language>/..., one per language and canonical view, so the
 * catalog serves at static-page speed. Not rewritten (rendered per request): signed-in
 * visitors, text searches (every text would be a cache entry), deep pages, and
 * anything but GET/HEAD (forms post server actions to the page itself). Only canonical
 * views of existing listings become cache entries: the cached paths cannot be requested
 * directly, and unknown slugs are rendered per request (a 404).
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const MAX_CACHED_PAGE = 10;
const CACHED_PREFIX = "/cached-catalog";
const SLUG = /^\/integrations\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function catalogLocale(request: NextRequest): Locale {
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(request.headers.get("accept-language")) ?? "en";
}

/** The cached twin's path for a request, or null to render it per request. */
export async function cachedCatalogPath(request: NextRequest, slugs: () => Promise<Set<string>> = knownSlugs): Promise<string | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers.has("next-action")) return null;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return null;
  const { pathname, searchParams } = request.nextUrl;
  const locale = catalogLocale(request);
  if (pathname === "/integrations" || pathname === "/integrations/") {
    const query = parseCatalogQuery(Object.fromEntries(searchParams));
    if (query.q || query.page > MAX_CACHED_PAGE) return null;
    const view = catalogQueryString({ ...query, connected: false }).slice(1);
    return `/cached-catalog/${locale}/list/${view ? encodeURIComponent(view) : "_"}`;
  }
  if (pathname === "/integrations/demo-requested") return `/cached-catalog/${locale}/demo-requested`;
  const slug = SLUG.exec(pathname)?.[1];
  if (slug && slug.length <= 100 && (await slugs().catch(() => new Set<string>())).has(slug)) return `/cached-catalog/${locale}/detail/${slug}`;
  return null;
}

/** Marks this process's own rewrites (the proxy sees the rewritten request again); unguessable. */
const REWRITE_HEADER = "x-cached-catalog";
const REWRITE_TOKEN = crypto.randomUUID();

/** The cached twins are reached through the rewrite only, never requested directly. */
export function isDirectCachedRequest(request: NextRequest): boolean {
  const cachedPath = request.nextUrl.pathname === CACHED_PREFIX || request.nextUrl.pathname.startsWith(`${CACHED_PREFIX}/`);
  return cachedPath && request.headers.get(REWRITE_HEADER) !== REWRITE_TOKEN;
}

export async function rewriteToCachedCatalog(request: NextRequest): Promise<NextResponse | undefined> {
  if (isDirectCachedRequest(request)) return new NextResponse("Not found", { status: 404 });
  if (request.nextUrl.pathname.startsWith(`${CACHED_PREFIX}/`)) return undefined;
  const path = await cachedCatalogPath(request);
  if (!path) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = path;
  // keep only Next's own router cache-buster; the view is in the path
  const rsc = request.nextUrl.searchParams.get("_rsc");
  url.search = rsc ? `?_rsc=${encodeURIComponent(rsc)}` : "";
  const headers = new Headers(request.headers);
  headers.set(REWRITE_HEADER, REWRITE_TOKEN);
  const response = NextResponse.rewrite(url, { request: { headers } });
  response.headers.set("Vary", "Cookie, Accept-Language");
  return response;
}
