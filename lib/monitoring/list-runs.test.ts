import { beforeAll, describe, expect, it } from "vitest";
import type { SyncRun } from "@/db/schema";
import { createOrganization } from "@/lib/testing/factories";
import type { RunFilters } from "./filters";
import { getRunOrThrow } from "./get-run";
import { listRecentRuns, listRuns } from "./list-runs";
import { createConnection, createRun } from "./testing/fixtures";

describe("listRuns", () => {
  let organizationId: string;
  let connectionId: string;
  let runs: SyncRun[];

  beforeAll(async () => {
    const org = await createOrganization();
    organizationId = org.id;
    const connection = await createConnection(org.id);
    connectionId = connection.id;
    const tie = new Date("2025-05-10T08:00:00.000001Z");
    const specs: [string | Date, SyncRun["status"], SyncRun["trigger"]][] = [
      ["2025-05-01T10:00:00Z", "succeeded", "schedule"],
      ["2025-05-09T21:59:59Z", "failed", "manual"], // 23:59:59 in Berlin: still 9 May
      ["2025-05-09T22:00:00Z", "partially_succeeded", "schedule"], // 00:00 in Berlin: 10 May
      [tie, "succeeded", "employee_change"],
      [tie, "failed", "retry"], // equal start times
      [tie, "succeeded", "partner"],
      ["2025-05-12T06:00:00Z", "running", "schedule"],
    ];
    runs = [];
    for (const [startedAt, status, trigger] of specs) {
      runs.push(await createRun(connection, { startedAt: new Date(startedAt), status, trigger, finishedAt: status === "running" ? null : undefined }));
    }
    // another connection's runs stay out
    await createRun(await createConnection(org.id), { startedAt: new Date("2025-05-11T00:00:00Z") });
  });

  const order = (keep: (r: SyncRun) => boolean = () => true) =>
    runs
      .filter(keep)
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || (a.id < b.id ? -1 : 1))
      .map((r) => r.id);

  async function walk(filters: RunFilters, limit: number): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = await listRuns({ organizationId, connectionId, filters: { ...filters, cursor }, limit });
      ids.push(...page.items.map((r) => r.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return ids;
  }

  it("lists newest first and pages through equal start times without skipping or repeating", async () => {
    for (const limit of [1, 2, 3, 7, 10]) expect(await walk({}, limit)).toEqual(order());
  });

  it("filters by status", async () => {
    expect(await walk({ status: "failed" }, 1)).toEqual(order((r) => r.status === "failed"));
    expect(await walk({ status: "running" }, 1)).toEqual(order((r) => r.status === "running"));
  });

  it("filters by calendar days in Berlin time, both ends inclusive", async () => {
    expect(await walk({ from: "2025-05-10", to: "2025-05-10" }, 2)).toEqual(order((r) => r.startedAt >= new Date("2025-05-09T22:00:00Z") && r.startedAt < new Date("2025-05-10T22:00:00Z")));
    expect(await walk({ to: "2025-05-09" }, 2)).toEqual([runs[1].id, runs[0].id]);
    expect(await walk({ from: "2025-05-11" }, 2)).toEqual([runs[6].id]);
    expect(await walk({ from: "2025-06-01" }, 2)).toEqual([]);
  });

  it("gives the chart the latest runs, oldest first", async () => {
    const recent = await listRecentRuns({ organizationId, connectionId, limit: 3 });
    expect(recent.map((r) => r.id)).toEqual(order().slice(0, 3).reverse());
  });

  it("finds a run only in its organization and connection; a malformed id is not found", async () => {
    await expect(getRunOrThrow({ organizationId, connectionId, runId: runs[0].id })).resolves.toMatchObject({ id: runs[0].id });
    const stranger = await createOrganization();
    await expect(getRunOrThrow({ organizationId: stranger.id, connectionId, runId: runs[0].id })).rejects.toMatchObject({ code: "not_found" });
    await expect(getRunOrThrow({ organizationId, connectionId: runs[0].id, runId: runs[0].id })).rejects.toMatchObject({ code: "not_found" });
    await expect(getRunOrThrow({ organizationId, connectionId, runId: "1; drop table x" })).rejects.toMatchObject({ code: "not_found" });
    expect((await listRuns({ organizationId: stranger.id, connectionId })).items).toEqual([]);
  });
});
