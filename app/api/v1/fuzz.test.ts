import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { syncRuns, type Employee, type Organization } from "@/db/schema";
import { BASE, createClient, createPartnerConnection, forgeToken, getToken } from "@/lib/api/testing/api-test-kit";
import { createEmployee, createOrganization } from "@/lib/testing/factories";
import { POST as token } from "./auth/token/route";
import * as connection from "./connections/[id]/route";
import * as connections from "./connections/route";
import * as employee from "./employees/[id]/route";
import * as employees from "./employees/route";
import * as integration from "./integrations/[slug]/route";
import * as integrations from "./integrations/route";
import { GET as openapi } from "./openapi.json/route";
import * as items from "./sync-runs/[id]/items/route";
import * as run from "./sync-runs/[id]/route";
import * as runs from "./sync-runs/route";

/**
 * Property: whatever arrives (random and malformed bodies, parameters, query strings and
 * headers, valid or broken tokens), no endpoint answers with a 5xx, and every refusal is
 * a problem document (or, at the token endpoint, an RFC 6749 error).
 */
process.env.API_RATE_LIMIT_PER_MINUTE = "100000";
process.env.API_TOKEN_RATE_LIMIT_PER_IP = "100000";
process.env.API_TOKEN_RATE_LIMIT_PER_CLIENT = "100000";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ENDPOINTS: { name: string; handler: Handler; method: string; path: string; param?: "id" | "slug" }[] = [
  { name: "POST /auth/token", handler: token, method: "POST", path: "/auth/token" },
  { name: "GET /openapi.json", handler: openapi, method: "GET", path: "/openapi.json" },
  { name: "GET /employees", handler: employees.GET, method: "GET", path: "/employees" },
  { name: "GET /employees/{id}", handler: employee.GET, method: "GET", path: "/employees/{id}", param: "id" },
  { name: "PATCH /employees/{id}", handler: employee.PATCH, method: "PATCH", path: "/employees/{id}", param: "id" },
  { name: "GET /integrations", handler: integrations.GET, method: "GET", path: "/integrations" },
  { name: "GET /integrations/{slug}", handler: integration.GET, method: "GET", path: "/integrations/{slug}", param: "slug" },
  { name: "GET /connections", handler: connections.GET, method: "GET", path: "/connections" },
  { name: "GET /connections/{id}", handler: connection.GET, method: "GET", path: "/connections/{id}", param: "id" },
  { name: "GET /sync-runs", handler: runs.GET, method: "GET", path: "/sync-runs" },
  { name: "POST /sync-runs", handler: runs.POST, method: "POST", path: "/sync-runs" },
  { name: "GET /sync-runs/{id}", handler: run.GET, method: "GET", path: "/sync-runs/{id}", param: "id" },
  { name: "GET /sync-runs/{id}/items", handler: items.GET, method: "GET", path: "/sync-runs/{id}/items", param: "id" },
];

const QUERY_KEYS = ["limit", "cursor", "updated_since", "status", "category", "connection_id", "x"];
const ascii = (maxLength = 40) => fc.string({ unit: "grapheme-ascii", maxLength });

describe("fuzzing every endpoint: never a 5xx", () => {
  let org: Organization;
  let people: Employee[];
  let ids: string[];
  let tokens: string[];
  let secrets: { clientId: string; clientSecret: string };

  beforeAll(async () => {
    org = await createOrganization();
    const other = await createOrganization();
    people = [await createEmployee(org), await createEmployee(org), await createEmployee(other)];
    const conn = await createPartnerConnection(org, "connected");
    const [r] = await db.insert(syncRuns).values({ organizationId: org.id, connectionId: conn.id, trigger: "partner", status: "succeeded" }).returning();
    const full = await createClient(org);
    const partner = await createClient(org, { connectionId: conn.id });
    const limited = await createClient(org, { employeeFields: ["email"], scopes: ["employees:read", "employees:write"] });
    secrets = { clientId: full.credential.clientId, clientSecret: full.clientSecret };
    tokens = [
      await getToken(full.credential, full.clientSecret),
      await getToken(partner.credential, partner.clientSecret),
      await getToken(limited.credential, limited.clientSecret),
      await forgeToken(full.credential, { now: new Date(Date.now() - 7200_000) }),
    ];
    ids = [people[0].id, people[2].id, conn.id, r.id, "slack", "00000000-0000-0000-0000-000000000000"];
  });

  const often = <T,>(valid: fc.Arbitrary<T>, ...others: fc.Arbitrary<unknown>[]) =>
    fc.oneof({ arbitrary: valid as fc.Arbitrary<unknown>, weight: 4 }, ...others.map((arbitrary) => ({ arbitrary, weight: 1 })));

  const itemArb = () =>
    fc.record(
      {
        employee_id: often(fc.constantFrom(people[0].id, people[1].id), fc.constantFrom(...ids), fc.uuid(), ascii(), fc.integer()),
        operation: often(fc.constantFrom("provision", "update", "deactivate", "link"), fc.constant(null), ascii(8)),
        status: often(fc.constantFrom("succeeded", "failed", "skipped"), ascii(8), fc.constant(null)),
        message: often(fc.string({ maxLength: 50 }), fc.integer(), fc.string({ minLength: 2001, maxLength: 2100 })),
        error_code: often(ascii(10), fc.boolean()),
      },
      { requiredKeys: [] },
    );

  /** A body and the media type it is naturally sent with. */
  const bodyArb = (): fc.Arbitrary<[string | undefined, string]> =>
    fc.oneof(
      fc.constant<[undefined, string]>([undefined, "application/json"]),
      fc.json({ maxDepth: 3 }).map((b): [string, string] => [b, "application/json"]),
      ascii(60).map((b): [string, string] => [b, "text/plain"]),
      {
        arbitrary: fc
          .record(
            {
              items: fc.array(itemArb(), { maxLength: 3 }),
              started_at: often(fc.date({ min: new Date("2000-01-01"), max: new Date(), noInvalidDate: true }).map((d) => d.toISOString()), ascii(30), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
              finished_at: often(fc.constant(new Date().toISOString()), ascii(30)),
              error: often(fc.string(), fc.integer()),
            },
            { requiredKeys: ["items"] },
          )
          .map((b): [string, string] => [JSON.stringify(b), "application/json"]),
        weight: 3,
      },
      {
        arbitrary: fc
          .record({ external_account_id: often(fc.string({ maxLength: 300 }), fc.constant(null), fc.integer(), fc.array(fc.string())) }, { requiredKeys: [] })
          .map((b): [string, string] => [JSON.stringify(b), "application/json"]),
        weight: 3,
      },
      {
        arbitrary: fc
          .record(
            {
              grant_type: often(fc.constant("client_credentials"), ascii(20)),
              client_id: often(fc.constant(secrets.clientId), ascii(20)),
              client_secret: often(fc.constant(secrets.clientSecret), ascii(20)),
              scope: often(fc.constantFrom("employees:read", "sync-runs:write employees:read"), ascii(30)),
            },
            { requiredKeys: [] },
          )
          .chain((b) =>
            fc.constantFrom("form", "json").map((kind): [string, string] =>
              kind === "json" ? [JSON.stringify(b), "application/json"] : [new URLSearchParams(b as Record<string, string>).toString(), "application/x-www-form-urlencoded"],
            ),
          ),
        weight: 3,
      },
    );

  const requestArb = () =>
    fc.record({
      token: fc.oneof(
        { arbitrary: fc.integer({ min: 0, max: 2 }), weight: 8 },
        { arbitrary: fc.constant(3), weight: 1 },
        { arbitrary: fc.constant(null), weight: 1 },
        { arbitrary: ascii(80), weight: 1 },
        { arbitrary: fc.base64String({ maxLength: 60 }), weight: 1 },
      ),
      param: fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 4 }, fc.string({ maxLength: 60 }), fc.uuid()),
      query: fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), fc.oneof(fc.string({ maxLength: 40 }), fc.integer().map(String), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom(...ids))), { maxLength: 4 }),
      rawQuery: fc.option(ascii(30), { nil: undefined }),
      body: bodyArb(),
      /** undefined: the body's own media type */
      contentType: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 6 },
        fc.constantFrom("application/json", "application/x-www-form-urlencoded", "application/problem+json", "text/plain; charset=utf-8", ""),
        ascii(30),
      ),
      headers: fc.dictionary(fc.constantFrom("x-forwarded-for", "accept", "authorization", "content-encoding", "x-real-ip"), ascii(40), { maxKeys: 3 }),
    });

  it.each(ENDPOINTS)("$name", async (endpoint) => {
    await fc.assert(
      fc.asyncProperty(requestArb(), async (r) => {
        const headers = new Headers(r.headers);
        if (r.token !== null) {
          headers.set("authorization", typeof r.token === "number" ? `Bearer ${tokens[r.token]}` : r.token.startsWith("B") ? r.token : `Bearer ${r.token}`);
        }
        headers.set("content-type", r.contentType ?? r.body[1]);
        const search = r.rawQuery !== undefined ? `?${r.rawQuery}` : `?${new URLSearchParams(r.query)}`;
        const path = endpoint.path.replace(/\{\w+\}/, encodeURIComponent(r.param));
        const body = endpoint.method === "GET" ? undefined : r.body[0];
        const request = new Request(`${BASE}/api/v1${path}${search}`, { method: endpoint.method, headers, body });
        const res = await endpoint.handler(request, { params: Promise.resolve(endpoint.param ? { [endpoint.param]: r.param } : {}) });
        if (process.env.FUZZ_STATS) console.log("STAT", endpoint.name, res.status);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) {
          const type = res.headers.get("content-type") ?? "";
          const body = await res.json();
          if (type === "application/problem+json") expect(body).toMatchObject({ status: res.status, code: expect.any(String), type: expect.any(String) });
          else expect(body).toMatchObject({ error: expect.any(String) }); // RFC 6749 errors of the token endpoint
        }
      }),
      { numRuns: 100 },
    );
  });
});
