import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { employeeLinks } from "@/db/schema";
import { createEmployee, createOrganization } from "@/lib/testing/factories";
import { listEmployeeIntegrations } from "./list-employee-integrations";
import { createConnection, createResults, createRun } from "./testing/fixtures";

describe("listEmployeeIntegrations", () => {
  it("lists each connection with the employee's link and the latest results across runs, for the own organization only", async () => {
    const org = await createOrganization();
    const employee = await createEmployee(org);
    const other = await createEmployee(org);
    const scim = await createConnection(org.id);
    const slack = await createConnection(org.id, { integrationSlug: "slack" });
    await createConnection(org.id, { disconnectedAt: new Date() });
    const first = await createRun(scim, { startedAt: new Date("2025-01-01T00:00:00Z") });
    const second = await createRun(scim, { startedAt: new Date("2025-01-02T00:00:00Z"), status: "partially_succeeded" });
    await createResults(first, [{ employeeId: employee.id, operation: "provision", status: "succeeded", createdAt: new Date("2025-01-01T00:00:01Z") }]);
    await createResults(second, [
      { employeeId: employee.id, operation: "update", status: "failed", message: "invalid title", createdAt: new Date("2025-01-02T00:00:01Z") },
      { employeeId: other.id, operation: "update", status: "succeeded" },
    ]);
    await db.insert(employeeLinks).values({
      organizationId: org.id,
      connectionId: scim.id,
      employeeId: employee.id,
      externalId: "2819c223-7f76-453a-919d-413861904646",
      lastOperation: "update",
      lastStatus: "failed",
      lastMessage: "invalid title",
      lastRunId: second.id,
    });

    const { links, recent } = await listEmployeeIntegrations({ organizationId: org.id, employeeId: employee.id });
    expect(links).toHaveLength(2);
    expect(links.find((l) => l.connectionId === scim.id)).toMatchObject({ externalId: "2819c223-7f76-453a-919d-413861904646", lastStatus: "failed", lastRunId: second.id });
    expect(links.find((l) => l.connectionId === slack.id)).toMatchObject({ externalId: null, lastStatus: null });
    expect(recent.map((r) => [r.runId, r.operation, r.status])).toEqual([
      [second.id, "update", "failed"],
      [first.id, "provision", "succeeded"],
    ]);

    const stranger = await createOrganization();
    expect(await listEmployeeIntegrations({ organizationId: stranger.id, employeeId: employee.id })).toEqual({ links: [], recent: [] });
  });
});
