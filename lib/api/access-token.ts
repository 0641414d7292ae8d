import { hkdfSync, randomUUID } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import { isApiScope, type ApiScope } from "./scopes";

/**
 * Access tokens of the public API: HS256 JWTs (jose) signed with a key derived from
 * API_TOKEN_SECRET, else NEXTAUTH_SECRET. They carry the organization, the client
 * (credential id), the granted scopes and the credential's token version, which is
 * bumped on rotate and on scope change so older tokens stop working at once.
 */

export const ACCESS_TOKEN_TTL_SECONDS = 3600;
const ISSUER = "marketplace";
const AUDIENCE = "marketplace-api";

export type AccessTokenClaims = {
  organizationId: string;
  credentialId: string;
  scopes: ApiScope[];
  tokenVersion: number;
};

function signingKey(): Uint8Array {
  const secret = process.env.API_TOKEN_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("API_TOKEN_SECRET or NEXTAUTH_SECRET must be set to sign API access tokens");
  return new Uint8Array(hkdfSync("sha256", secret, "marketplace", "public api access token v1", 32));
}

export async function signAccessToken(claims: AccessTokenClaims, options: { now?: Date; ttlSeconds?: number } = {}): Promise<string> {
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ org: claims.organizationId, client: claims.credentialId, scopes: claims.scopes, ver: claims.tokenVersion })
    .setProtectedHeader({ alg: "HS256", typ: "at+jwt" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(claims.credentialId)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.ttlSeconds ?? ACCESS_TOKEN_TTL_SECONDS))
    .sign(signingKey());
}

export type VerifyResult = { ok: true; claims: AccessTokenClaims } | { ok: false; reason: "expired" | "invalid" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function verifyAccessToken(token: string): Promise<VerifyResult> {
  try {
    const { payload } = await jwtVerify(token, signingKey(), { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE, typ: "at+jwt" });
    const { org, client, scopes, ver } = payload as Record<string, unknown>;
    if (typeof org !== "string" || !UUID.test(org) || typeof client !== "string" || !UUID.test(client)) return { ok: false, reason: "invalid" };
    if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === "string" && isApiScope(s))) return { ok: false, reason: "invalid" };
    if (typeof ver !== "number" || !Number.isInteger(ver)) return { ok: false, reason: "invalid" };
    return { ok: true, claims: { organizationId: org, credentialId: client, scopes: scopes as ApiScope[], tokenVersion: ver } };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: "expired" };
    return { ok: false, reason: "invalid" };
  }
}
