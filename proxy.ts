import { NextResponse, type NextRequest } from "next/server";
import { rewriteToCachedCatalog } from "@/lib/catalog/public-catalog-proxy";
import { isDatabaseReachable } from "@/lib/health/database-probe";
import { unavailablePage } from "@/lib/health/unavailable-page";

/**
 * Coarse, per-request work only (never the rights check):
 * - anonymous visitors of the public catalog get its cached pages;
 * - while the database is unreachable, pages answer 503 with a clear page;
 * - a fresh nonce per page view for a Content-Security-Policy without 'unsafe-inline' scripts;
 * - HSTS when the request came over TLS.
 */
const BASE_POLICY = [
  "default-src 'self'",
  // Styles: Tailwind ships a stylesheet; inline style attributes (charts) are harmless.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

function withSecurityHeaders(request: NextRequest, response: NextResponse, csp: string): NextResponse {
  response.headers.set("content-security-policy", csp);
  const tls = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  if (tls) response.headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
  return response;
}

// Pre-rendered pages cannot carry a per-request nonce: Next's inline bootstrap needs
// 'unsafe-inline' there, the one place it is allowed. They hold no user data.
const PRERENDERED_POLICY = ["script-src 'self' 'unsafe-inline'", ...BASE_POLICY].join("; ");

export async function proxy(request: NextRequest) {
  const cached = await rewriteToCachedCatalog(request);
  if (cached) return withSecurityHeaders(request, cached, PRERENDERED_POLICY);
  // the proxy sees its own rewrite again: the cached twin itself
  if (request.nextUrl.pathname.startsWith("/cached-catalog/")) return withSecurityHeaders(request, NextResponse.next(), PRERENDERED_POLICY);
  if (process.env.DATABASE_URL && !(await isDatabaseReachable())) {
    return new NextResponse(unavailablePage(request.headers.get("accept-language")), {
      status: 503,
      headers: { "content-type": "text/html; charset=utf-8", "retry-after": "5", "cache-control": "no-store" },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`, ...BASE_POLICY].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  return withSecurityHeaders(request, NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|logos|screenshots).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
