import { handleTokenRequest } from "@/lib/api/token-endpoint";

export const dynamic = "force-dynamic";

/** OAuth 2.0 client credentials: client id and secret in, access token out. */
export async function POST(request: Request) {
  return handleTokenRequest(request);
}
