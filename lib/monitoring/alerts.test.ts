import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { notifications, type Connection } from "@/db/schema";
import { createOrganization, createUser, HR_ADMIN_RIGHTS, SUPPORT_RIGHTS } from "@/lib/testing/factories";
import { buildAlertEmail } from "./alert-message";
import { decideAlert, evaluateRunAlerts } from "./alerts";
import { createConnection, createRun } from "./testing/fixtures";

describe("decideAlert", () => {
  it.each([
    [null, "failed", "sync_failing"],
    [null, "partially_succeeded", "sync_partially_failing"],
    [null, "succeeded", null],
    ["succeeded", "failed", "sync_failing"],
    ["succeeded", "partially_succeeded", "sync_partially_failing"],
    ["succeeded", "succeeded", null],
    ["failed", "failed", null],
    ["failed", "partially_succeeded", null],
    ["partially_succeeded", "failed", null],
    ["failed", "succeeded", "sync_recovered"],
    ["partially_succeeded", "succeeded", "sync_recovered"],
    ["succeeded", "running", null],
  ] as const)("%s -> %s: %s", (previous, current, expected) => {
    expect(decideAlert(previous, current)).toBe(expected);
  });
});

describe("buildAlertEmail", () => {
  const params = { integrationName: "SCIM 2.0 (generic)", runId: "11111111-1111-4111-8111-111111111111", connectionId: "22222222-2222-4222-8222-222222222222" };
  it("names the integration and links to the failed run, in English", () => {
    const mail = buildAlertEmail({ kind: "sync_partially_failing", params, locale: "en", baseUrl: "https://hr.example.com" });
    expect(mail.subject).toBe("SCIM 2.0 (generic): some employees fail to sync");
    expect(mail.text).toContain(`https://hr.example.com/connections/${params.connectionId}/monitoring/runs/${params.runId}`);
    expect(mail.text).toContain("not on every failed run");
  });
  it("speaks German to a German admin and links the recovery to the runs", () => {
    const mail = buildAlertEmail({ kind: "sync_recovered", params, locale: "de", baseUrl: "https://hr.example.com" });
    expect(mail.subject).toBe("SCIM 2.0 (generic): Synchronisierungen sind wieder erfolgreich");
    expect(mail.text).toContain(`https://hr.example.com/connections/${params.connectionId}/monitoring\n`);
  });
});

describe("evaluateRunAlerts", () => {
  let organizationId: string;
  let connection: Connection;
  const sent: { to: string; subject: string }[] = [];
  const sendMail = async (message: { to: string; subject: string; text: string }) => void sent.push(message);
  let admin: { email: string };
  let t = Date.parse("2025-06-01T00:00:00Z");
  const next = () => new Date((t += 60_000));

  beforeAll(async () => {
    const org = await createOrganization();
    organizationId = org.id;
    admin = await createUser(org, HR_ADMIN_RIGHTS, { locale: "de" });
    await createUser(org, SUPPORT_RIGHTS);
    connection = await createConnection(org.id);
  });

  const kinds = async () =>
    (await db.select({ kind: notifications.kind }).from(notifications).where(and(eq(notifications.organizationId, organizationId))).orderBy(notifications.createdAt)).map((n) => n.kind);

  async function finish(status: "succeeded" | "failed" | "partially_succeeded") {
    const run = await createRun(connection, { status, startedAt: next() });
    return { run, result: await evaluateRunAlerts({ organizationId, connectionId: connection.id, runId: run.id }, { sendMail }) };
  }

  it("alerts on the change to failing, stays quiet while it keeps failing, alerts on recovery", async () => {
    expect((await finish("succeeded")).result.kind).toBeNull();
    const failing = await finish("partially_succeeded");
    expect(failing.result).toMatchObject({ kind: "sync_partially_failing", emailed: 1 });
    expect((await finish("failed")).result.kind).toBeNull();
    expect((await finish("partially_succeeded")).result.kind).toBeNull();
    expect((await finish("succeeded")).result).toMatchObject({ kind: "sync_recovered", emailed: 1 });
    expect((await finish("succeeded")).result.kind).toBeNull();
    expect((await finish("failed")).result.kind).toBe("sync_failing");
    expect(await kinds()).toEqual(["sync_partially_failing", "sync_recovered", "sync_failing"]);
    // only the HR admin is emailed, in their language; support staff are not
    expect(sent.map((m) => m.to)).toEqual([admin.email, admin.email, admin.email]);
    expect(sent[0].subject).toContain("Einige Mitarbeitende");
  });

  it("alerts once when the same run is evaluated twice, also at the same moment", async () => {
    const run = await createRun(connection, { status: "succeeded", startedAt: next() });
    await evaluateRunAlerts({ organizationId, connectionId: connection.id, runId: run.id }, { sendMail: null });
    const bad = await createRun(connection, { status: "failed", startedAt: next() });
    const results = await Promise.all([1, 2, 3].map(() => evaluateRunAlerts({ organizationId, connectionId: connection.id, runId: bad.id }, { sendMail: null })));
    expect(results.filter((r) => r.notificationId).length).toBe(1);
    const rows = await db.select().from(notifications).where(eq(notifications.organizationId, organizationId));
    expect(rows.filter((n) => n.params.runId === bad.id)).toHaveLength(1);
    expect(rows.find((n) => n.params.runId === bad.id)).toMatchObject({ kind: "sync_failing", connectionId: connection.id, readAt: null });
  });

  it("keeps the notification when an email fails, and ignores runs of other organizations", async () => {
    const other = await createOrganization();
    const foreign = await createConnection(other.id);
    const foreignRun = await createRun(foreign, { status: "failed", startedAt: next() });
    expect(await evaluateRunAlerts({ organizationId, connectionId: foreign.id, runId: foreignRun.id }, { sendMail })).toEqual({ kind: null, notificationId: null, emailed: 0 });

    await createRun(connection, { status: "failed", startedAt: next() });
    const recovered = await createRun(connection, { status: "succeeded", startedAt: next() });
    const failingMailer = async () => {
      throw new Error("SMTP down");
    };
    const result = await evaluateRunAlerts({ organizationId, connectionId: connection.id, runId: recovered.id }, { sendMail: failingMailer });
    expect(result).toMatchObject({ kind: "sync_recovered", emailed: 0 });
    expect(result.notificationId).not.toBeNull();
  });
});
