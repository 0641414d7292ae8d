import type { ApiScope } from "../scopes";

/** The English texts of the OpenAPI document (the reference page at /developers is translated). */

export const SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  "employees:read": "Read employees (limited to the credential's employee fields)",
  "employees:write": "Write back an employee's account id",
  "integrations:read": "Read the integration catalog",
  "connections:read": "Read your company's connections",
  "sync-runs:read": "Read sync runs and their per-employee results",
  "sync-runs:write": "Report the sync runs of your partner integration",
};

export const API_DESCRIPTION = [
  "The public REST API of the Marketplace: your company's employees, the integration catalog, your connections and their sync runs.",
  "",
  "**Authentication.** Create API credentials under *API credentials* (users with the right `api:edit`), then exchange the client id and secret for an access token at `POST /auth/token` and send it as `Authorization: Bearer <token>`.",
  "",
  "**Errors** are RFC 9457 problem details (`application/problem+json`) with a stable `code`; validation errors list each field in `errors`.",
  "",
  "**Rate limits** apply per credential and, on the token endpoint, per IP address and client id. Every response carries `RateLimit` and `RateLimit-Policy` headers; a `429` carries `Retry-After`.",
  "",
  "**Pagination** is by cursor: pass the `next_cursor` of a page as `cursor` to get the next one.",
].join("\n");
