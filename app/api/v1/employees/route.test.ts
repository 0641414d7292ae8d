import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents, employees, type Employee, type Organization } from "@/db/schema";
import { call, createClient, getToken } from "@/lib/api/testing/api-test-kit";
import { createEmployee, createOrganization } from "@/lib/testing/factories";
import * as one from "./[id]/route";
import { GET } from "./route";

describe("GET /employees and /employees/{id}", () => {
  let org: Organization;
  let people: Employee[];
  let token: string;

  beforeAll(async () => {
    org = await createOrganization();
    people = [];
    for (let i = 0; i < 5; i++) people.push(await createEmployee(org, { position: `Role ${i}`, phone: `+49 30 ${i}` }));
    // Same second, different microseconds: the cursor must keep full precision.
    for (const [i, e] of people.entries()) {
      await db.execute(sql`update employees set updated_at = '2025-03-01 10:00:00.000001+00'::timestamptz + ${i} * interval '1 microsecond' where id = ${e.id}`);
    }
    const { credential, clientSecret } = await createClient(org, { scopes: ["employees:read"] });
    token = await getToken(credential, clientSecret);
  });

  it("pages through every employee by last change without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(GET, { path: `/employees?limit=2${cursor ? `&cursor=${cursor}` : ""}`, token });
      expect(res.status).toBe(200);
      seen.push(...res.body.data!.map((e) => e.id as string));
      cursor = res.body.next_cursor as string | null;
    } while (cursor);
    expect(seen).toEqual(people.map((p) => p.id));
  });

  it("returns only employees changed since updated_since", async () => {
    await db.update(employees).set({ updatedAt: new Date("2025-06-01T00:00:00Z") }).where(eq(employees.id, people[3].id));
    const res = await call(GET, { path: `/employees?updated_since=${encodeURIComponent("2025-05-31T23:00:00+00:00")}`, token });
    expect(res.body.data!.map((e) => e.id)).toEqual([people[3].id]);
    expect(res.body.data![0].updated_at).toBe("2025-06-01T00:00:00.000Z");
  });

  it("explains bad parameters per field, and refuses forged cursors", async () => {
    const res = await call(GET, { path: "/employees?limit=0&updated_since=yesterday", token });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: "validation_failed" });
    expect((res.body.errors as { path: string }[]).map((e) => e.path).sort()).toEqual(["limit", "updated_since"]);
    for (const cursor of ["garbage", Buffer.from('[1,"x"]').toString("base64url"), Buffer.from("[-5,\"00000000-0000-0000-0000-000000000000\"]").toString("base64url")]) {
      const forged = await call(GET, { path: `/employees?cursor=${cursor}`, token });
      expect(forged.status).toBe(400);
      expect(forged.body.code).toBe("invalid_cursor");
    }
  });

  it("gives only the fields a limited credential may read", async () => {
    const { credential, clientSecret } = await createClient(org, { scopes: ["employees:read"], employeeFields: ["first_name", "email", "manager"] });
    const limitedToken = await getToken(credential, clientSecret);
    const list = await call(GET, { path: "/employees?limit=1", token: limitedToken });
    expect(Object.keys(list.body.data![0]).sort()).toEqual(["email", "employee_number", "first_name", "id", "manager_id", "updated_at"]);
    const single = await call(one.GET, { path: `/employees/${people[0].id}`, params: { id: people[0].id }, token: limitedToken });
    expect(single.body).not.toHaveProperty("last_name");
    expect(single.body).not.toHaveProperty("phone");
    expect(single.body).toMatchObject({ id: people[0].id, first_name: people[0].firstName, email: people[0].email });
    // an unlimited credential sees every field
    const full = await call(one.GET, { path: `/employees/${people[0].id}`, params: { id: people[0].id }, token });
    expect(full.body).toMatchObject({ last_name: people[0].lastName, phone: "+49 30 0", position: "Role 0", status: "active", hire_date: "2024-01-01" });
  });
});

describe("PATCH /employees/{id}", () => {
  let org: Organization;
  let person: Employee;
  let token: string;

  beforeAll(async () => {
    org = await createOrganization();
    person = await createEmployee(org);
    await db.update(employees).set({ updatedAt: new Date("2025-01-01T00:00:00Z") }).where(eq(employees.id, person.id));
    const { credential, clientSecret } = await createClient(org, { scopes: ["employees:write", "employees:read"] });
    token = await getToken(credential, clientSecret);
  });

  const patch = (body: unknown, headers?: Record<string, string>, t = token) =>
    call(one.PATCH, { method: "PATCH", path: `/employees/${person.id}`, params: { id: person.id }, body, token: t, headers });

  it("writes back the account id, marks the employee changed and records who did it", async () => {
    const res = await patch({ external_account_id: "U-123" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: person.id, external_account_id: "U-123" });
    const [row] = await db.select().from(employees).where(eq(employees.id, person.id));
    expect(row.externalAccountId).toBe("U-123");
    expect(row.updatedAt.getTime()).toBeGreaterThan(new Date("2025-01-02").getTime());
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.targetId, person.id)));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorType: "api_client", action: "employee.updated" });
    // the same value again changes nothing
    await patch({ external_account_id: "U-123" });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.targetId, person.id))).toHaveLength(1);
    expect((await patch({ external_account_id: null })).body.external_account_id).toBeNull();
  });

  it("lists each invalid field, refuses unknown ones, other media types and broken JSON", async () => {
    const invalid = await patch({ external_account_id: 5, first_name: "Eve" });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
    expect(invalid.body).toMatchObject({ code: "validation_failed" });
    expect(invalid.body.errors).toEqual(
      expect.arrayContaining([
        { path: "external_account_id", message: expect.any(String) },
        { path: "(root)", message: expect.stringContaining("first_name") },
      ]),
    );
    expect((await patch({ external_account_id: "x".repeat(256) })).body.errors).toEqual([{ path: "external_account_id", message: expect.any(String) }]);
    expect((await patch("{", {})).body.code).toBe("invalid_request");
    expect((await patch({ external_account_id: "x" }, { "content-type": "text/plain" })).status).toBe(415);
  });

  it("refuses a credential limited to fields without external_account_id", async () => {
    const { credential, clientSecret } = await createClient(org, { scopes: ["employees:write"], employeeFields: ["email"] });
    const res = await patch({ external_account_id: "U-9" }, undefined, await getToken(credential, clientSecret));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("field_not_allowed");
  });
});
