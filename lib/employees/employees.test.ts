import { beforeAll, describe, expect, it } from "vitest";
import type { Employee, Organization } from "@/db/schema";
import { createEmployee, createOrganization } from "@/lib/testing/factories";
import { getEmployeeOrThrow } from "./get-employee";
import { listEmployees } from "./list-employees";

describe("employee directory", () => {
  let acme: Organization;
  let globex: Organization;
  let people: Employee[];

  beforeAll(async () => {
    acme = await createOrganization();
    globex = await createOrganization();
    people = [];
    for (const [firstName, lastName] of [["Zoë", "Adler"], ["Anna", "Adler"], ["Ben", "Bauer"], ["Cem", "Yılmaz"], ["Dora", "Zeller"]]) {
      people.push(await createEmployee(acme, { firstName, lastName }));
    }
    await createEmployee(globex, { firstName: "Anna", lastName: "Adler" });
  });

  it("gives another organization's employee as not found", async () => {
    await expect(getEmployeeOrThrow({ organizationId: globex.id, employeeId: people[0].id })).rejects.toMatchObject({ code: "not_found" });
    await expect(getEmployeeOrThrow({ organizationId: acme.id, employeeId: "not-a-uuid" })).rejects.toMatchObject({ code: "not_found" });
    const own = await getEmployeeOrThrow({ organizationId: acme.id, employeeId: people[0].id });
    expect(own.firstName).toBe("Zoë");
  });

  it("pages by name with a cursor, without gaps or repeats, inside one organization", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listEmployees({ organizationId: acme.id, limit: 2, cursor });
      seen.push(...page.items.map((e) => `${e.firstName} ${e.lastName}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["Anna Adler", "Zoë Adler", "Ben Bauer", "Cem Yılmaz", "Dora Zeller"]);
  });

  it("searches names, full names, emails and the employee number; wildcards are literal", async () => {
    expect((await listEmployees({ organizationId: acme.id, query: "adler" })).items).toHaveLength(2);
    expect((await listEmployees({ organizationId: acme.id, query: "Cem Yıl" })).items.map((e) => e.lastName)).toEqual(["Yılmaz"]);
    expect((await listEmployees({ organizationId: acme.id, query: String(people[2].employeeNumber) })).items.map((e) => e.id)).toContain(people[2].id);
    expect((await listEmployees({ organizationId: acme.id, query: "%" })).items).toHaveLength(0);
  });

  it("ignores a forged cursor instead of failing", async () => {
    const page = await listEmployees({ organizationId: acme.id, cursor: "garbage" });
    expect(page.items).toHaveLength(5);
  });
});
