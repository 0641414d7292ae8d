import { beforeAll, describe, expect, it } from "vitest";
import type { Employee, SyncResult } from "@/db/schema";
import { createEmployee, createOrganization } from "@/lib/testing/factories";
import { encodeCursor } from "./cursor";
import type { ResultFilters } from "./filters";
import { groupRunErrors } from "./group-run-errors";
import { chooseResultStrategy, listRunResults, SMALL_SUBSET, type ResultStrategy } from "./list-run-results";
import { createConnection, createResults, createRun, scimConflictExchange } from "./testing/fixtures";

/** Show details at its edges: every filter and sort, paged in steps that hit first, last, empty and tied rows. */
describe("listRunResults", () => {
  let organizationId: string;
  let runId: string;
  let people: Employee[];
  let rows: SyncResult[];
  const byId = new Map<string, Employee>();

  beforeAll(async () => {
    const org = await createOrganization();
    organizationId = org.id;
    const names: [string, string][] = [
      ["Clara", "Adams"],
      ["Anna", "Baker"],
      ["Anna", "Baker"], // namesakes: ties broken by employee id
      ["Ben", "Baker"],
      ["Dora", "Clark"],
      ["Emil", "Young"],
    ];
    people = [];
    for (const [firstName, lastName] of names) people.push(await createEmployee(org, { firstName, lastName, email: `${firstName}.${lastName}.${people.length}@x.test`.toLowerCase() }));
    for (const p of people) byId.set(p.id, p);
    const connection = await createConnection(org.id);
    const run = await createRun(connection, { status: "partially_succeeded" });
    runId = run.id;
    const same = new Date("2025-03-01T10:00:00.123456Z"); // equal timestamps for the first four rows
    rows = await createResults(run, [
      { employeeId: people[0].id, operation: "provision", status: "failed", message: "userName clara already exists", errorCode: "scim.uniqueness", exchange: scimConflictExchange("clara@x.test"), createdAt: same },
      { employeeId: people[1].id, operation: "update", status: "succeeded", message: "", createdAt: same },
      { employeeId: people[2].id, operation: "provision", status: "failed", message: "userName anna already exists", errorCode: "scim.uniqueness", createdAt: same },
      { employeeId: people[3].id, operation: null, status: "skipped", message: "nothing to do", createdAt: same },
      { employeeId: people[4].id, operation: "deactivate", status: "failed", message: "Too many requests", errorCode: "http.429", createdAt: new Date("2025-03-01T10:00:01Z") },
      { employeeId: people[5].id, operation: "link", status: "succeeded", message: "linked", createdAt: new Date("2025-03-01T09:59:59Z") },
    ]);
    // another run of the same organization must never leak into this one
    const other = await createRun(connection);
    await createResults(other, [{ employeeId: people[0].id, operation: "update", status: "failed", message: "other run", errorCode: "http.401" }]);
  });

  /** Pages through a listing with both ways of reading it; they must agree row for row. */
  async function walk(filters: Partial<ResultFilters>, limit: number): Promise<{ ids: number[]; pages: number }> {
    const subset = await walkWith(filters, limit, "subset");
    const byEmployees = await walkWith(filters, limit, "walk");
    expect(byEmployees).toEqual(subset);
    return subset;
  }

  async function walkWith(filters: Partial<ResultFilters>, limit: number, strategy: ResultStrategy): Promise<{ ids: number[]; pages: number }> {
    const ids: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listRunResults({ organizationId, runId, filters: { sort: "name", ...filters, cursor }, limit, strategy });
      pages += 1;
      ids.push(...page.items.map((r) => r.id));
      expect(page.items.length).toBeLessThanOrEqual(limit);
      cursor = page.nextCursor ?? undefined;
      if (cursor) expect(page.items.length).toBe(limit);
    } while (cursor && pages < 20);
    return { ids, pages };
  }

  const key = (r: SyncResult) => {
    const e = byId.get(r.employeeId)!;
    return { e, r };
  };
  const expectedOrder = (sort: ResultFilters["sort"], keep: (r: SyncResult) => boolean = () => true) =>
    rows
      .filter(keep)
      .map(key)
      .sort((a, b) => {
        const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
        if (sort === "name") return cmp(a.e.lastName, b.e.lastName) || cmp(a.e.firstName, b.e.firstName) || cmp(a.e.id, b.e.id) || cmp(a.r.id, b.r.id);
        if (sort === "number") return cmp(a.e.employeeNumber, b.e.employeeNumber) || cmp(a.r.id, b.r.id);
        const t = cmp(a.r.createdAt.getTime(), b.r.createdAt.getTime()) || cmp(a.r.id, b.r.id);
        return sort === "newest" ? -t : t;
      })
      .map(({ r }) => r.id);

  it.each(["name", "number", "newest", "oldest"] as const)("sort %s: pages of 1, 2, 4, 6 and 10 give every row once, in order", async (sort) => {
    for (const limit of [1, 2, 4, 6, 10]) {
      const { ids, pages } = await walk({ sort }, limit);
      expect(ids).toEqual(expectedOrder(sort));
      // six rows: an exact multiple of the page size ends without an empty extra page
      expect(pages).toBe(Math.ceil(6 / limit));
    }
  });

  it("keeps the four rows with equal timestamps apart by id in both date orders", async () => {
    const newest = (await walk({ sort: "newest" }, 1)).ids;
    const tied = rows.slice(0, 4).map((r) => r.id);
    expect(newest.slice(1, 5)).toEqual([...tied].sort((a, b) => b - a));
    const oldest = (await walk({ sort: "oldest" }, 3)).ids;
    expect(oldest.slice(1, 5)).toEqual([...tied].sort((a, b) => a - b));
  });

  it("filters by status, use case (including none), error group and search, and pages through the filtered rows", async () => {
    expect((await walk({ status: "failed" }, 2)).ids).toEqual(expectedOrder("name", (r) => r.status === "failed"));
    expect((await walk({ status: "skipped" }, 2)).ids).toEqual([rows[3].id]);
    expect((await walk({ operation: "provision" }, 1)).ids).toEqual(expectedOrder("name", (r) => r.operation === "provision"));
    expect((await walk({ operation: "none" }, 1)).ids).toEqual([rows[3].id]);
    expect((await walk({ status: "failed", error: "scim.uniqueness", sort: "newest" }, 1)).ids).toEqual(
      expectedOrder("newest", (r) => r.errorCode === "scim.uniqueness"),
    );
    expect((await walk({ q: "baker" }, 2)).ids).toEqual(expectedOrder("name", (r) => byId.get(r.employeeId)!.lastName === "Baker"));
    expect((await walk({ q: "Anna Baker" }, 5)).ids).toEqual([rows[1].id, rows[2].id].sort((a, b) => expectedOrder("name").indexOf(a) - expectedOrder("name").indexOf(b)));
    expect((await walk({ q: people[4].email.toUpperCase() }, 5)).ids).toEqual([rows[4].id]);
    expect((await walk({ q: String(people[5].employeeNumber) }, 5)).ids).toEqual([rows[5].id]);
    expect((await walk({ q: "50%_" }, 5)).ids).toEqual([]);
  });

  it("returns an empty page with no cursor when nothing matches", async () => {
    const page = await listRunResults({ organizationId, runId, filters: { sort: "name", status: "succeeded", operation: "deactivate" } });
    expect(page).toEqual({ items: [], nextCursor: null });
  });

  it("ignores a broken cursor or one of another sort (first page), never fails", async () => {
    const cases: [ResultFilters["sort"], string][] = [
      ["name", "garbage"],
      ["name", encodeCursor("number", [1, 1])],
      ["name", encodeCursor("name", [1, 2, 3, 4])],
      ["newest", encodeCursor("newest", ["not-a-date", 1])],
      ["number", Buffer.from("[1,2]").toString("base64url")],
    ];
    for (const [sort, cursor] of cases) {
      const page = await listRunResults({ organizationId, runId, filters: { sort, cursor }, limit: 2 });
      expect(page.items.map((r) => r.id)).toEqual(expectedOrder(sort).slice(0, 2));
    }
  });

  it("shows nothing of the run to another organization", async () => {
    const stranger = await createOrganization();
    const page = await listRunResults({ organizationId: stranger.id, runId, filters: { sort: "name" } });
    expect(page.items).toEqual([]);
    expect(await groupRunErrors({ organizationId: stranger.id, runId })).toEqual([]);
  });

  it("returns the exchange only when asked", async () => {
    const page = await listRunResults({ organizationId, runId, filters: { sort: "name", status: "failed" }, withExchange: true, limit: 1 });
    expect(page.items[0].exchange?.response?.status).toBe(409);
    const lean = await listRunResults({ organizationId, runId, filters: { sort: "name" }, limit: 1 });
    expect(lean.items[0]).not.toHaveProperty("exchange");
  });

  it("groups the failed rows by cause, largest first", async () => {
    expect(await groupRunErrors({ organizationId, runId })).toEqual([
      { code: "scim.uniqueness", count: 2, cause: "duplicate_account", labelKey: "scim_uniqueness", sampleMessage: "" },
      { code: "http.429", count: 1, cause: "rate_limited", labelKey: "http_429", sampleMessage: "" },
    ]);
  });

  it("reads small filtered sets first and walks the employees for large ones", async () => {
    expect(await chooseResultStrategy({ organizationId, runId, filters: {} })).toBe("subset");
    expect(SMALL_SUBSET).toBeGreaterThanOrEqual(1000);
  });
});
