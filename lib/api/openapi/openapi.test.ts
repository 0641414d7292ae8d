import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { API_ENDPOINTS } from "../endpoints";
import { buildOpenApiDocument } from "./build-document";

const ROOT = path.resolve(__dirname, "../../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/sync-runs/[id]/items/route.ts -> /sync-runs/{id}/items */
function openApiPath(file: string): string {
  const rel = path.relative(ROOT, path.dirname(file)).split(path.sep).filter(Boolean);
  return "/" + rel.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}")).join("/");
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = buildOpenApiDocument();
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as never);
    if (!result.valid) throw new Error(compileErrors(result));
    expect(result.valid).toBe(true);
  });

  it("documents every route handler under app/api/v1, method by method, and nothing else", async () => {
    const document = buildOpenApiDocument();
    const files = routeFiles(ROOT);
    expect(files.length).toBeGreaterThanOrEqual(9);
    const implemented: string[] = [];
    for (const file of files) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of METHODS) if (typeof mod[method] === "function") implemented.push(`${method.toLowerCase()} ${openApiPath(file)}`);
    }
    const documented = Object.entries(document.paths ?? {}).flatMap(([p, item]) =>
      Object.keys(item as object).filter((k) => ["get", "post", "put", "patch", "delete"].includes(k)).map((m) => `${m} ${p}`),
    );
    expect(implemented.sort()).toEqual(documented.sort());
  });

  it("describes each endpoint's scopes, parameters and error responses", () => {
    const document = buildOpenApiDocument();
    for (const endpoint of API_ENDPOINTS) {
      const op = (document.paths as Record<string, Record<string, { security: unknown; responses: Record<string, unknown>; parameters?: { name: string }[] }>>)[endpoint.path][endpoint.method];
      expect(op.security).toEqual([{ oauth2: [...endpoint.scopes] }]);
      for (const status of ["401", "403", "429", String(endpoint.response.status)]) expect(op.responses).toHaveProperty(status);
      for (const name of Object.keys(endpoint.params?.shape ?? {})) expect(op.parameters?.map((p) => p.name)).toContain(name);
      for (const name of Object.keys(endpoint.query?.shape ?? {})) expect(op.parameters?.map((p) => p.name)).toContain(name);
    }
  });

  it("is served at /api/v1/openapi.json", async () => {
    const res = await openApiRoute();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.paths["/employees"].get.operationId).toBe("listEmployees");
    expect(body.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl).toBe("/api/v1/auth/token");
  });
});
