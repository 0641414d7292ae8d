import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { authenticateClient } from "./authenticate-client";
import type { ApiEndpoint, ApiHandlerContext, ApiHandlerResult } from "./endpoint";
import { markCredentialUsed } from "./mark-credential-used";
import { parseJsonBody, parseQuery } from "./parse-request";
import { ApiProblem, problemResponse } from "./problem";
import { consumeRateLimit, policies } from "./rate-limit";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The one wrapper of every public API handler: authenticates the bearer token, applies
 * the client's rate limit, checks the endpoint's scopes, parses params, query and body
 * with the endpoint's zod schemas, and turns every failure into an RFC 9457 problem.
 * Handlers get the client's organization and must scope every query to it.
 */
export function withApiClient<E extends ApiEndpoint>(handler: (ctx: ApiHandlerContext<E>) => Promise<ApiHandlerResult>, endpoint: E) {
  return async function apiRoute(request: Request, context?: RouteContext): Promise<Response> {
    const url = new URL(request.url);
    let rateHeaders: Record<string, string> = {};
    try {
      const client = await authenticateClient(request);
      const limit = await consumeRateLimit(policies.client(), client.credentialId);
      rateHeaders = limit.headers;
      if (!limit.allowed) throw new ApiProblem("rate_limited", "Too many requests for these credentials; retry after the time in Retry-After.");
      const missing = endpoint.scopes.filter((scope) => !client.scopes.includes(scope));
      if (missing.length > 0) throw new ApiProblem("insufficient_scope", `This endpoint needs the scope ${missing.join(" ")}.`);
      const params = await parseParams(endpoint, context);
      const query = endpoint.query ? parseQuery(endpoint.query, url) : {};
      const body = endpoint.body ? await parseJsonBody(endpoint.body, request) : undefined;
      const result = await handler({ request, client, params, query, body } as unknown as ApiHandlerContext<E>);
      checkResponse(endpoint, result.body);
      await markCredentialUsed(client);
      return Response.json(result.body, {
        status: result.status ?? endpoint.response.status,
        headers: { "cache-control": "no-store", ...rateHeaders, ...result.headers },
      });
    } catch (error) {
      return errorResponse(error, url.pathname, rateHeaders);
    }
  };
}

async function parseParams(endpoint: ApiEndpoint, context: RouteContext | undefined) {
  if (!endpoint.params) return {};
  const raw = (await context?.params) ?? {};
  const result = endpoint.params.safeParse(raw);
  // Path parameters name resources: one that cannot exist is simply not found.
  if (!result.success) throw new ApiProblem("not_found");
  return result.data;
}

/** Outside production, a response that drifts from its documented schema fails loudly. */
function checkResponse(endpoint: ApiEndpoint, body: unknown): void {
  if (process.env.NODE_ENV === "production") return;
  const result = endpoint.response.schema.safeParse(body);
  if (!result.success) throw new Error(`${endpoint.operationId}: response does not match its schema: ${result.error.message}`);
}

export function errorResponse(error: unknown, instance: string, headers: Record<string, string> = {}): Response {
  if (error instanceof ApiProblem) return problemResponse(error, { instance, headers });
  if (error instanceof AppError && error.code === "not_found") return problemResponse(new ApiProblem("not_found"), { instance, headers });
  const id = randomUUID().slice(0, 8);
  console.error(JSON.stringify({ level: "error", msg: "api request failed", errorId: id, path: instance, err: String(error) }));
  return problemResponse(new ApiProblem("internal_error", `Something went wrong on our side (error id ${id}).`), { instance, headers });
}
