import { afterEach, describe, expect, it } from "vitest";
import { runSync } from "@/lib/sync/run-sync";
import { createSyncFixture, linkOf, resultsOf, somePeople, updateEmployee } from "@/lib/sync/testing/sync-fixtures";
import { startWebhookReceiver, type ReceivedEvent } from "@/lib/testing/webhook-receiver";

const SECRET = `whsec_${Buffer.from("webhook-sync-test-secret-32bytes").toString("base64")}`;
type Receiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.stop();
  receiver = undefined;
});

async function setup(count: number, options: { events?: string[]; secret?: string; respond?: (e: ReceivedEvent) => { status: number; body?: unknown } | undefined } = {}) {
  receiver = await startWebhookReceiver({ secret: SECRET, respond: options.respond });
  const fixture = await createSyncFixture({
    integrationSlug: "webhook-generic",
    settings: { url: receiver.url, ...(options.events ? { events: options.events } : {}) },
    secrets: { signingSecret: options.secret ?? SECRET },
    employees: somePeople(count),
  });
  return { receiver, fixture };
}

async function syncOnce(fixture: { org: { id: string }; connectionId: string }, today?: string) {
  const result = await runSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId, trigger: "manual", today, tuning: { retry: { baseDelayMs: 10, maxDelayMs: 30 } } });
  if (result.status !== "ran") throw new Error(result.status);
  return { run: result.run, results: await resultsOf(result.run.id) };
}

describe("Webhook sync: signed Standard Webhooks events to a receiver that verifies them", () => {
  it("delivers employee.provisioned, then updated, then deactivated; a 2xx body's id becomes the link", async () => {
    let n = 0;
    const { receiver, fixture } = await setup(3, { respond: (e) => (e.type === "employee.provisioned" ? { status: 201, body: { id: `acct-${++n}` } } : undefined) });
    const first = await syncOnce(fixture);
    expect(first.run.status).toBe("succeeded");
    expect(first.run.counts).toMatchObject({ provisioned: 3 });
    expect(receiver.events).toHaveLength(3);
    expect(receiver.rejected).toBe(0);
    const [person] = fixture.people;
    const event = receiver.events.find((e) => e.data.employeeId === person.id)!;
    expect(event).toMatchObject({ type: "employee.provisioned", verified: true, data: { attributes: expect.objectContaining({ email: person.email, firstName: person.firstName, active: true }) } });
    const link = await linkOf(fixture.connectionId, person.id);
    expect(link.externalId).toMatch(/^acct-\d$/);
    const row = first.results.find((r) => r.employeeId === person.id)!;
    expect(row.message).toBe(`Delivered employee.provisioned (account ${link.externalId})`);
    expect(row.exchange?.request?.headers?.["webhook-signature"]).toBe("[redacted]");
    expect(row.exchange?.request?.headers?.["webhook-id"]).toMatch(/^msg_/);

    const quiet = await syncOnce(fixture);
    expect(quiet.run.counts.skipped).toBe(3);
    expect(receiver.events).toHaveLength(3);

    await updateEmployee(person.id, { position: "Head of Things" });
    const updated = await syncOnce(fixture);
    expect(updated.results.find((r) => r.employeeId === person.id)).toMatchObject({ operation: "update", status: "succeeded", message: `Delivered employee.updated (position) (account ${link.externalId})` });
    expect(receiver.events.at(-1)).toMatchObject({ type: "employee.updated", data: { accountId: link.externalId, changed: ["position"], attributes: expect.objectContaining({ position: "Head of Things" }) } });

    await updateEmployee(person.id, { terminationDate: "2025-01-31", status: "inactive" });
    const left = await syncOnce(fixture, "2025-02-01");
    expect(left.results.find((r) => r.employeeId === person.id)).toMatchObject({ operation: "deactivate", status: "succeeded" });
    expect(receiver.events.at(-1)).toMatchObject({ type: "employee.deactivated", data: { reason: "left on 2025-01-31", attributes: expect.objectContaining({ active: false }) } });
  });

  it("retries a 5xx with the same webhook-id and a fresh signature, and records the attempts", async () => {
    const seen = new Map<string, number>();
    const { receiver, fixture } = await setup(2, {
      respond: (e) => {
        seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
        return seen.get(e.id) === 1 ? { status: 503, body: { error: "busy" } } : { status: 204 };
      },
    });
    const { run, results } = await syncOnce(fixture);
    expect(run.status).toBe("succeeded");
    expect(results.every((r) => r.attempts === 2)).toBe(true);
    expect(receiver.events).toHaveLength(4);
    expect([...seen.values()]).toEqual([2, 2]);
  });

  it("a 4xx answer fails the employee with the receiver's body and is not retried", async () => {
    const { receiver, fixture } = await setup(2, { respond: (e) => (e.data.employeeId === receiver.events[0]?.data.employeeId ? { status: 422, body: { error: "unknown department" } } : undefined) });
    const { run, results } = await syncOnce(fixture);
    expect(run.status).toBe("partially_succeeded");
    const failed = results.find((r) => r.status === "failed")!;
    expect(failed).toMatchObject({ errorCode: "http.422", attempts: 1, message: "422: unknown department" });
  });

  it("events the connection does not subscribe to are skipped, not sent", async () => {
    const { receiver, fixture } = await setup(1, { events: ["employee.provisioned"] });
    await syncOnce(fixture);
    await updateEmployee(fixture.people[0].id, { position: "Changed" });
    const { results } = await syncOnce(fixture);
    expect(results[0]).toMatchObject({ status: "skipped", message: "employee.updated is not subscribed by this connection" });
    expect(receiver.events.map((e) => e.type)).toEqual(["employee.provisioned"]);
  });

  it("an endpoint that goes away mid-run fails the run as unreachable; every employee still has one result", async () => {
    let delivered = 0;
    const { receiver, fixture } = await setup(12, {
      respond: () => {
        if (++delivered === 4) void receiver.kill();
        return undefined;
      },
    });
    receiver.faults.delayMs = 30;
    const result = await runSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId, trigger: "manual", tuning: { concurrency: 2, retry: { baseDelayMs: 10, maxDelayMs: 30 } } });
    if (result.status !== "ran") throw new Error(result.status);
    expect(result.run.status).toBe("failed");
    expect(result.run.error).toMatch(/^The target could not be reached: ECONNREFUSED/);
    const results = await resultsOf(result.run.id);
    expect(results.map((r) => r.employeeId).sort()).toEqual(fixture.people.map((p) => p.id).sort());
    expect(result.run.counts.provisioned).toBeGreaterThanOrEqual(3);
  });

  it("a signing secret the receiver does not accept fails the run with the 401", async () => {
    const other = `whsec_${Buffer.from("some-other-secret-of-32-bytes!!!").toString("base64")}`;
    const { receiver, fixture } = await setup(3, { secret: other });
    const { run, results } = await syncOnce(fixture);
    expect(run.status).toBe("failed");
    expect(run.error).toBe("The target refused the credentials (401: invalid signature)");
    expect(receiver.rejected).toBeGreaterThan(0); // the requests already in flight when the first 401 came back
    expect(results).toHaveLength(3);
    expect(results.every((r) => r.errorCode === "http.401")).toBe(true);
  });
});
