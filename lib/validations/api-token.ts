import { z } from "zod";

/** OAuth 2.0 client credentials grant (RFC 6749 section 4.4) at POST /api/v1/auth/token. */

export const OAUTH_ERRORS = ["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope"] as const;
export type OAuthErrorCode = (typeof OAUTH_ERRORS)[number];

export const tokenRequestSchema = z
  .object({
    grant_type: z.literal("client_credentials"),
    client_id: z.string().max(200).optional().meta({ description: "Your client id (or send it with HTTP Basic authentication)." }),
    client_secret: z.string().max(500).optional().meta({ description: "Your client secret (or send it with HTTP Basic authentication)." }),
    scope: z.string().max(1000).optional().meta({ description: "Space-separated scopes to request; default: all scopes of the credential." }),
  })
  .meta({ id: "TokenRequest" });

export const tokenResponseSchema = z
  .object({
    access_token: z.string(),
    token_type: z.literal("Bearer"),
    expires_in: z.number().int().meta({ description: "Seconds until the token expires." }),
    scope: z.string().meta({ description: "The granted scopes, space-separated." }),
  })
  .meta({ id: "TokenResponse" });

export const oauthErrorSchema = z
  .object({ error: z.enum(OAUTH_ERRORS), error_description: z.string() })
  .meta({ id: "OAuthError", description: "RFC 6749 error response." });
