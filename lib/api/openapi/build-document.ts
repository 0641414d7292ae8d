import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { problemSchema } from "@/lib/validations/api-common";
import { oauthErrorSchema, tokenRequestSchema, tokenResponseSchema } from "@/lib/validations/api-token";
import { ACCESS_TOKEN_TTL_SECONDS } from "../access-token";
import type { ApiEndpoint } from "../endpoint";
import { API_ENDPOINTS } from "../endpoints";
import { API_SCOPES } from "../scopes";
import { API_DESCRIPTION, SCOPE_DESCRIPTIONS } from "./texts";

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid query parameters, cursor or JSON (problem codes `validation_failed`, `invalid_cursor`, `invalid_request`).",
  401: "No, an invalid, expired or revoked token, or disabled credentials (`token_missing`, `token_invalid`, `token_expired`, `token_revoked`, `credential_disabled`).",
  403: "The token lacks a scope this endpoint needs (`insufficient_scope`), or the credentials may not use a field (`field_not_allowed`).",
  404: "No such resource in your company (`not_found`). Another company's ids are not found either.",
  409: "The connection is inactive (`connection_inactive`).",
  413: "The body is larger than 2 MB (`payload_too_large`).",
  415: "The body is not application/json (`unsupported_media_type`).",
  422: "The body is not valid; `errors` lists each field (`validation_failed`, `connection_required`).",
  429: "Rate limit reached (`rate_limited`): wait the seconds in `Retry-After`.",
};

const rateLimitHeaders = {
  RateLimit: { description: "Remaining requests and seconds until the window resets (IETF RateLimit header fields).", schema: { type: "string" as const } },
  "RateLimit-Policy": { description: "The quota and its window in seconds.", schema: { type: "string" as const } },
};

function problem(status: number): ResponseConfig {
  return {
    description: PROBLEM_DESCRIPTIONS[status],
    headers: status === 429 ? { ...rateLimitHeaders, "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } : undefined,
    content: { "application/problem+json": { schema: problemSchema } },
  };
}

function registerEndpoint(registry: OpenAPIRegistry, endpoint: ApiEndpoint): void {
  const responses: Record<string, ResponseConfig> = {
    [endpoint.response.status]: {
      description: endpoint.response.description,
      headers: rateLimitHeaders,
      content: { "application/json": { schema: endpoint.response.schema } },
    },
  };
  for (const status of [...endpoint.problems, 401, 403, 429].sort()) responses[status] = problem(status);
  registry.registerPath({
    method: endpoint.method,
    path: endpoint.path,
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: [endpoint.description, `Scopes: ${endpoint.scopes.map((s) => `\`${s}\``).join(", ")}.`].filter(Boolean).join("\n\n"),
    security: [{ oauth2: [...endpoint.scopes] }],
    request: {
      params: endpoint.params,
      query: endpoint.query,
      body: endpoint.body ? { required: true, content: { "application/json": { schema: endpoint.body } } } : undefined,
    },
    responses,
  });
}

function registerTokenEndpoint(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "post",
    path: "/auth/token",
    operationId: "requestAccessToken",
    tags: ["Authentication"],
    summary: "Request an access token",
    description: `OAuth 2.0 client credentials grant (RFC 6749, section 4.4). Authenticate with HTTP Basic (client id and secret) or send \`client_id\` and \`client_secret\` in the body. The token is valid for ${ACCESS_TOKEN_TTL_SECONDS / 60} minutes; rotating the credentials or changing their scopes revokes it at once. Limited per IP address and per client id.`,
    security: [{}, { clientBasic: [] }],
    request: {
      body: {
        required: true,
        content: { "application/x-www-form-urlencoded": { schema: tokenRequestSchema }, "application/json": { schema: tokenRequestSchema } },
      },
    },
    responses: {
      200: { description: "The access token.", content: { "application/json": { schema: tokenResponseSchema } } },
      400: { description: "invalid_request, unsupported_grant_type or invalid_scope (RFC 6749, section 5.2).", content: { "application/json": { schema: oauthErrorSchema } } },
      401: { description: "invalid_client: unknown client, wrong secret or disabled credentials.", content: { "application/json": { schema: oauthErrorSchema } } },
      429: problem(429),
    },
  });
}

function registerOpenApiEndpoint(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    tags: ["Authentication"],
    summary: "This OpenAPI document",
    security: [{}],
    responses: { 200: { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } } },
  });
}

/** The OpenAPI 3.1 document of the public API, generated from the endpoints' zod schemas. */
export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "oauth2", {
    type: "oauth2",
    description: "Client credentials: exchange your client id and secret for a bearer token.",
    flows: { clientCredentials: { tokenUrl: "/api/v1/auth/token", scopes: Object.fromEntries(API_SCOPES.map((s) => [s, SCOPE_DESCRIPTIONS[s]])) } },
  });
  registry.registerComponent("securitySchemes", "clientBasic", { type: "http", scheme: "basic", description: "Client id and secret, for the token endpoint only." });
  registerTokenEndpoint(registry);
  for (const endpoint of API_ENDPOINTS) registerEndpoint(registry, endpoint);
  registerOpenApiEndpoint(registry);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Marketplace API", version: "1.0.0", description: API_DESCRIPTION },
    servers: [{ url: "/api/v1" }],
    security: [{ oauth2: [] }],
    tags: [
      { name: "Authentication", description: "Access tokens and this document." },
      { name: "Employees", description: "Your company's employees." },
      { name: "Integrations", description: "The integration catalog." },
      { name: "Connections", description: "Your company's connected integrations." },
      { name: "Sync runs", description: "Sync runs and their per-employee results; partner integrations report their own." },
    ],
  });
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

let cached: OpenApiDocument | undefined;

export function getOpenApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
