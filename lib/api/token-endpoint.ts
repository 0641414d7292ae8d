import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { apiCredentials } from "@/db/schema";
import type { OAuthErrorCode } from "@/lib/validations/api-token";
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from "./access-token";
import { verifyClientSecret } from "./client-secret";
import { readTokenRequest, TokenRequestError } from "./read-token-request";
import { ApiProblem, problemResponse } from "./problem";
import { clientIp, consumeRateLimit, policies, type RateLimitOutcome } from "./rate-limit";
import { isApiScope, type ApiScope } from "./scopes";
import { errorResponse } from "./with-api-client";

const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

function oauthError(error: OAuthErrorCode, description: string, headers: Record<string, string> = {}): Response {
  const status = error === "invalid_client" ? 401 : 400;
  return Response.json({ error, error_description: description }, { status, headers: { ...NO_STORE, ...headers } });
}

function mergeRateHeaders(...outcomes: RateLimitOutcome[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const { headers } of outcomes) {
    for (const [key, value] of Object.entries(headers)) {
      merged[key] = key === "retry-after" ? String(Math.max(Number(merged[key] ?? 0), Number(value))) : merged[key] ? `${merged[key]}, ${value}` : value;
    }
  }
  return merged;
}

function rateLimited(headers: Record<string, string>, instance: string): Response {
  return problemResponse(new ApiProblem("rate_limited", "Too many token requests; retry after the time in Retry-After."), { instance, headers: { ...NO_STORE, ...headers } });
}

/**
 * POST /api/v1/auth/token: the OAuth 2.0 client credentials grant (RFC 6749 4.4).
 * Client authentication by HTTP Basic or by client_id/client_secret in the body (form or
 * JSON). Limited per IP address and per client id, wrong secrets included.
 */
export async function handleTokenRequest(request: Request): Promise<Response> {
  const instance = new URL(request.url).pathname;
  try {
    const byIp = await consumeRateLimit(policies.tokenIp(), clientIp(request));
    if (!byIp.allowed) return rateLimited(mergeRateHeaders(byIp), instance);

    let input;
    try {
      input = await readTokenRequest(request);
    } catch (error) {
      if (error instanceof TokenRequestError) return oauthError(error.error, error.message, mergeRateHeaders(byIp));
      throw error;
    }
    const byClient = await consumeRateLimit(policies.tokenClient(), `client:${input.clientId}`);
    const headers = mergeRateHeaders(byIp, byClient);
    if (!byClient.allowed) return rateLimited(headers, instance);

    const basicChallenge: Record<string, string> = input.usedBasic ? { "www-authenticate": 'Basic realm="api"' } : {};
    const [credential] = await db.select().from(apiCredentials).where(eq(apiCredentials.clientId, input.clientId)).limit(1);
    if (!credential || !verifyClientSecret(input.clientSecret, credential.secretHash)) {
      return oauthError("invalid_client", "Unknown client or wrong secret.", { ...headers, ...basicChallenge });
    }
    if (credential.status !== "active") return oauthError("invalid_client", "These API credentials are disabled.", { ...headers, ...basicChallenge });

    let scopes: ApiScope[] = credential.scopes.filter(isApiScope);
    if (input.scope !== undefined) {
      const requested = [...new Set(input.scope.split(" ").filter(Boolean))];
      const refused = requested.filter((scope) => !isApiScope(scope) || !scopes.includes(scope));
      if (requested.length === 0 || refused.length > 0) {
        return oauthError("invalid_scope", `Not granted to these credentials: ${refused.join(" ").slice(0, 200) || "(empty scope)"}.`, headers);
      }
      scopes = requested as ApiScope[];
    }
    const accessToken = await signAccessToken({
      organizationId: credential.organizationId,
      credentialId: credential.id,
      scopes,
      tokenVersion: credential.tokenVersion,
    });
    await db.update(apiCredentials).set({ lastUsedAt: new Date() }).where(eq(apiCredentials.id, credential.id));
    return Response.json(
      { access_token: accessToken, token_type: "Bearer", expires_in: ACCESS_TOKEN_TTL_SECONDS, scope: scopes.join(" ") },
      { status: 200, headers: { ...NO_STORE, ...headers } },
    );
  } catch (error) {
    return errorResponse(error, instance);
  }
}
