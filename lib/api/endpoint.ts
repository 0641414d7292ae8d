import type { z } from "zod";
import type { ApiScope } from "./scopes";

/**
 * One endpoint of the public API, declared once: the route handler validates with these
 * schemas (through withApiClient) and the OpenAPI document is generated from them.
 */
export type ApiEndpoint = {
  operationId: string;
  method: "get" | "post" | "patch";
  /** OpenAPI path below /api/v1, e.g. "/employees/{id}" */
  path: string;
  tag: "Employees" | "Integrations" | "Connections" | "Sync runs";
  summary: string;
  description?: string;
  scopes: readonly ApiScope[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: { status: 200 | 201; description: string; schema: z.ZodType };
  /** problem statuses this endpoint may answer besides 401, 403 and 429 */
  problems: readonly (400 | 404 | 409 | 413 | 415 | 422)[];
};

export function defineEndpoint<const E extends ApiEndpoint>(endpoint: E): E {
  return endpoint;
}

type Out<S, Fallback> = S extends z.ZodType ? z.output<S> : Fallback;

export type ApiClient = {
  credentialId: string;
  organizationId: string;
  name: string;
  scopes: ApiScope[];
  /** employee fields the client may read and write; null = all */
  employeeFields: string[] | null;
  connectionId: string | null;
};

export type ApiHandlerContext<E extends ApiEndpoint> = {
  request: Request;
  client: ApiClient;
  params: Out<E["params"], Record<string, never>>;
  query: Out<E["query"], Record<string, never>>;
  body: Out<E["body"], undefined>;
};

export type ApiHandlerResult = { body: unknown; status?: number; headers?: Record<string, string> };
