import { eq } from "drizzle-orm";
import { db } from "@/db";
import { apiCredentials, connections } from "@/db/schema";
import { verifyAccessToken } from "./access-token";
import type { ApiClient } from "./endpoint";
import { ApiProblem } from "./problem";

export type AuthenticatedClient = ApiClient & {
  lastUsedAt: Date | null;
  connectionStatus: "pending" | "connected" | "inactive" | null;
};

const MAX_TOKEN_LENGTH = 4096;

/**
 * Who is calling: the bearer token is checked (signature, expiry), then the credential
 * behind it is read fresh, so a disabled, deleted, rotated or re-scoped credential is
 * refused at once, whatever the token says.
 */
export async function authenticateClient(request: Request): Promise<AuthenticatedClient> {
  const header = request.headers.get("authorization");
  if (!header || !header.trim()) throw new ApiProblem("token_missing", "Send an access token: Authorization: Bearer <token>.");
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)[ ]*$/i.exec(header);
  if (!match || match[1].length > MAX_TOKEN_LENGTH) throw new ApiProblem("token_invalid", "The Authorization header must be: Bearer <token>.");
  const verified = await verifyAccessToken(match[1]);
  if (!verified.ok) {
    throw verified.reason === "expired"
      ? new ApiProblem("token_expired", "The access token has expired; request a new one at /api/v1/auth/token.")
      : new ApiProblem("token_invalid", "The access token is not valid.");
  }
  const { claims } = verified;
  const [row] = await db
    .select({ credential: apiCredentials, connectionStatus: connections.status, disconnectedAt: connections.disconnectedAt })
    .from(apiCredentials)
    .leftJoin(connections, eq(connections.id, apiCredentials.connectionId))
    .where(eq(apiCredentials.id, claims.credentialId))
    .limit(1);
  if (!row || row.credential.organizationId !== claims.organizationId) {
    throw new ApiProblem("token_revoked", "The API credentials of this token no longer exist.");
  }
  const { credential } = row;
  if (credential.status !== "active") throw new ApiProblem("credential_disabled", "These API credentials are disabled.");
  if (credential.tokenVersion !== claims.tokenVersion) {
    throw new ApiProblem("token_revoked", "The credentials were rotated or their scopes changed; request a new token.");
  }
  return {
    credentialId: credential.id,
    organizationId: credential.organizationId,
    name: credential.name,
    scopes: claims.scopes.filter((scope) => credential.scopes.includes(scope)),
    employeeFields: credential.employeeFields,
    // A partner credential stays scoped to its connection, even once that is disconnected.
    connectionId: credential.connectionId,
    lastUsedAt: credential.lastUsedAt,
    connectionStatus: row.disconnectedAt ? null : (row.connectionStatus ?? null),
  };
}
