import { NextResponse, type NextRequest } from "next/server";
import { rewriteToCachedCatalog } from "@/lib/catalog/public-catalog-proxy";

/** Runs before matching requests. The public catalog: anonymous visitors get its cached pages. */
export async function proxy(request: NextRequest) {
  return (await rewriteToCachedCatalog(request)) ?? NextResponse.next();
}

export const config = {
  matcher: ["/integrations", "/integrations/:path*", "/cached-catalog", "/cached-catalog/:path*"],
};
