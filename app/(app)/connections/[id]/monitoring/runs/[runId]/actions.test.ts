import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import type { Connection, SyncRun } from "@/db/schema";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { createConnection, createResults, createRun } from "@/lib/monitoring/testing/fixtures";
import { createEmployee, createOrganization, createUser, HR_ADMIN_RIGHTS, SUPPORT_RIGHTS } from "@/lib/testing/factories";
import { signInAs } from "@/lib/testing/session";
import { retryFailedEmployeesAction } from "./actions";

type JobRow = { data: { organizationId: string; connectionId: string; trigger: string; retryOfRunId: string; employeeIds: string[]; requestedByUserId: string } };

/** Retry failed employees, called directly as an attacker would: only HR admins of the run's company queue a job. */
describe("retryFailedEmployeesAction", () => {
  let connection: Connection;
  let run: SyncRun;
  let failedIds: string[];
  let admin: Awaited<ReturnType<typeof createUser>>;
  let support: Awaited<ReturnType<typeof createUser>>;
  let employee: Awaited<ReturnType<typeof createUser>>;
  let otherAdmin: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    const org = await createOrganization();
    admin = await createUser(org, HR_ADMIN_RIGHTS);
    support = await createUser(org, SUPPORT_RIGHTS);
    employee = await createUser(org, []);
    otherAdmin = await createUser(await createOrganization(), HR_ADMIN_RIGHTS);
    const people = await Promise.all([1, 2, 3, 4].map(() => createEmployee(org)));
    connection = await createConnection(org.id);
    run = await createRun(connection, { status: "partially_succeeded" });
    await createResults(run, [
      { employeeId: people[0].id, operation: "provision", status: "failed", errorCode: "scim.uniqueness", message: "exists" },
      { employeeId: people[1].id, operation: "update", status: "succeeded" },
      { employeeId: people[2].id, operation: "update", status: "failed", errorCode: "http.429", message: "slow down" },
      { employeeId: people[3].id, status: "skipped" },
    ]);
    failedIds = [people[0].id, people[2].id].sort();
    await getBoss(); // creates the pgboss schema and queues
  });

  afterAll(async () => {
    await stopBoss();
  });

  const jobs = async () =>
    (await db.execute<JobRow>(sql`select data from pgboss.job where name = 'sync-connection' and data->>'retryOfRunId' = ${run.id}`)).rows;

  it("refuses a signed-out caller, an employee and support staff, and queues nothing", async () => {
    for (const [user, code] of [
      [null, "unauthenticated"],
      [employee, "forbidden"],
      [support, "forbidden"],
    ] as const) {
      signInAs(user);
      expect(await retryFailedEmployeesAction({ connectionId: connection.id, runId: run.id })).toMatchObject({ ok: false, code });
    }
    expect(await jobs()).toEqual([]);
  });

  it("treats another company's run as not found", async () => {
    signInAs(otherAdmin);
    expect(await retryFailedEmployeesAction({ connectionId: connection.id, runId: run.id })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("rejects malformed ids with a field error in the user's language", async () => {
    signInAs(admin, "de");
    const result = await retryFailedEmployeesAction({ connectionId: "nope", runId: run.id });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result && !result.ok) expect(result.fieldErrors?.connectionId).toMatch(/Ungültig/);
  });

  it("queues a retry job limited to the failed employees", async () => {
    signInAs(admin);
    const form = new FormData();
    form.set("connectionId", connection.id);
    form.set("runId", run.id);
    expect(await retryFailedEmployeesAction(null, form)).toMatchObject({ ok: true, data: { queued: true, employees: 2 } });
    const rows = await jobs();
    expect(rows).toHaveLength(1);
    expect({ ...rows[0].data, employeeIds: [...rows[0].data.employeeIds].sort() }).toEqual({
      organizationId: connection.organizationId,
      connectionId: connection.id,
      trigger: "retry",
      retryOfRunId: run.id,
      employeeIds: failedIds,
      requestedByUserId: admin.id,
    });
  });

  it("says so when there is nothing to retry or the connection is not connected", async () => {
    signInAs(admin);
    const clean = await createRun(connection, { status: "succeeded" });
    expect(await retryFailedEmployeesAction({ connectionId: connection.id, runId: clean.id })).toMatchObject({ ok: true, data: { queued: false, reason: "nothing_to_retry" } });
    const inactive = await createConnection(connection.organizationId, { status: "inactive", inactiveReason: "deactivated" });
    const old = await createRun(inactive, { status: "failed" });
    expect(await retryFailedEmployeesAction({ connectionId: inactive.id, runId: old.id })).toMatchObject({ ok: true, data: { queued: false, reason: "connection_not_active" } });
  });
});
