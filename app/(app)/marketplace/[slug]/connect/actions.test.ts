import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditEvents, connections, type Organization, type User } from "@/db/schema";
import { reload, redirectOf } from "@/lib/connections/testing/connection-fixtures";
import { createEmployee, createOrganization, createUser, HR_ADMIN_RIGHTS, SUPPORT_RIGHTS } from "@/lib/testing/factories";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";
import { signInAs } from "@/lib/testing/session";
import {
  countScopeAction,
  createInviteAction,
  finishConnectionAction,
  generateSigningSecretAction,
  issuePartnerCredentialsAction,
  saveMappingAction,
  saveScheduleAction,
  saveScimCredentialsAction,
  saveScopeAction,
  saveWebhookEndpointAction,
  saveWebhookEventsAction,
  startConnectionAction,
} from "./actions";

const TOKEN = "scim-token-7f3a9c1e5b2d4f60a8e1";
const WRONG = "wrong-token-0000000000000000";

describe("the SCIM wizard's server actions, against a real SCIM server", () => {
  let peer: ScimPeer;
  let org: Organization;
  let other: Organization;
  let admin: User;
  let otherAdmin: User;
  let support: User;
  let employee: User;
  let starter: User;
  let connectionId: string;
  const output: string[] = [];

  beforeAll(async () => {
    peer = await startScimServer({ token: TOKEN });
    org = await createOrganization();
    other = await createOrganization();
    admin = await createUser(org, HR_ADMIN_RIGHTS);
    support = await createUser(org, SUPPORT_RIGHTS);
    employee = await createUser(org, []);
    starter = await createUser(org, ["marketplace:edit"]);
    otherAdmin = await createUser(other, HR_ADMIN_RIGHTS);
    for (const department of ["Engineering", "Engineering", "Sales"]) await createEmployee(org, { department, office: "Berlin" });
    // Every line the code under test writes, to prove no secret is ever logged.
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void output.push(args.map(String).join(" ")));
    }
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await peer.stop();
  });

  it("lets an HR admin consent and start: a pending connection at the credentials step", async () => {
    signInAs(admin);
    const to = await redirectOf(startConnectionAction({ slug: "scim-generic", consent: "on" }));
    const url = new URL(to, "http://x");
    expect(url.pathname).toBe("/marketplace/scim-generic/connect");
    expect(url.searchParams.get("step")).toBe("credentials");
    connectionId = url.searchParams.get("connection")!;
    expect(await reload(connectionId)).toMatchObject({ status: "pending", wizardStep: "credentials", organizationId: org.id });
  });

  it("asks for consent before anything is created", async () => {
    signInAs(admin);
    const result = await startConnectionAction({ slug: "scim-generic" });
    expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { consent: "Please agree to the permissions to continue." } });
  });

  it("shows the target's 401 for a wrong token and stores nothing", async () => {
    signInAs(admin);
    const result = await saveScimCredentialsAction({ connectionId, mode: "wizard", intent: "test", baseUrl: peer.url, token: WRONG });
    expect(result).toMatchObject({ ok: true, data: { saved: false, test: { ok: false, message: "401: Invalid or missing bearer token" } } });
    const row = await reload(connectionId);
    expect(row.encryptedSecrets).toBeNull();
    expect(row.settings.baseUrl).toBeUndefined();
    // Next with the wrong token is refused the same way and does not advance.
    const next = await saveScimCredentialsAction({ connectionId, mode: "wizard", intent: "save", baseUrl: peer.url, token: WRONG });
    expect(next).toMatchObject({ ok: true, data: { saved: false } });
    expect((await reload(connectionId)).wizardStep).toBe("credentials");
  });

  it("explains a bad URL and a missing token beside the fields, in German too", async () => {
    signInAs(admin, "de");
    const bad = await saveScimCredentialsAction({ connectionId, mode: "wizard", intent: "test", baseUrl: "ftp://x", token: TOKEN });
    expect(bad).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { baseUrl: "Die URL muss mit https:// oder http:// beginnen." } });
    if (bad && !bad.ok) expect(JSON.stringify(bad)).not.toContain(TOKEN);
    const none = await saveScimCredentialsAction({ connectionId, mode: "wizard", intent: "test", baseUrl: peer.url, token: "" });
    expect(none).toMatchObject({ ok: false, fieldErrors: { token: "Geben Sie das Bearer-Token ein." } });
    // The SSRF guard: a cloud metadata address is refused beside the field, a private one too.
    const metadata = await saveScimCredentialsAction({ connectionId, mode: "wizard", intent: "test", baseUrl: "http://169.254.169.254/scim/v2", token: TOKEN });
    expect(metadata).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { baseUrl: expect.stringMatching(/^Diese Adresse wird nie aufgerufen: Sie ist eine Cloud-Metadaten-/) } });
    signInAs(admin);
    const internal = await saveScimCredentialsAction({ connectionId, mode: "wizard", intent: "save", baseUrl: "https://10.1.2.3/scim/v2", token: TOKEN });
    expect(internal).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { baseUrl: expect.stringMatching(/^This address is in a private network or on this server itself/) } });
    expect((await reload(connectionId)).settings.baseUrl).toBeUndefined();
  });

  it("tests, stores the token sealed and moves on to the scope", async () => {
    signInAs(admin);
    const tested = await saveScimCredentialsAction({ connectionId, mode: "wizard", intent: "test", baseUrl: peer.url, token: TOKEN });
    expect(tested).toMatchObject({ ok: true, data: { saved: false, test: { ok: true, summary: { totalUsers: 0 } } } });
    const to = await redirectOf(saveScimCredentialsAction({ connectionId, mode: "wizard", intent: "save", baseUrl: peer.url, token: TOKEN }));
    expect(to).toBe(`/marketplace/scim-generic/connect?connection=${connectionId}&step=scope`);
    const row = await reload(connectionId);
    expect(row.settings.baseUrl).toBe(peer.url);
    expect(row.encryptedSecrets).toMatch(/^v1\./);
    expect(row.encryptedSecrets).not.toContain(TOKEN);
    expect(peer.users.size).toBe(0);
  });

  it("counts the scope live and saves it", async () => {
    signInAs(admin);
    expect(await countScopeAction({ scopeKind: "filter", departments: "Engineering" })).toEqual({ ok: true, data: { count: 2 } });
    expect(await countScopeAction({ scopeKind: "all" })).toEqual({ ok: true, data: { count: 3 } });
    const empty = await saveScopeAction({ connectionId, mode: "wizard", scopeKind: "filter" });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { scopeKind: expect.stringMatching(/at least one department/) } });
    const to = await redirectOf(saveScopeAction({ connectionId, mode: "wizard", scopeKind: "filter", departments: ["Engineering"] }));
    expect(to).toContain("step=mapping");
  });

  it("refuses a mapping without userName and a daily schedule without a valid time", async () => {
    signInAs(admin);
    const mapping = await saveMappingAction({ connectionId, mode: "wizard", target: ["externalId"], source: ["id"] });
    expect(mapping).toMatchObject({ ok: false, fieldErrors: { mapping: expect.stringMatching(/userName/) } });
    const to = await redirectOf(saveMappingAction({ connectionId, mode: "wizard", target: ["userName", "externalId", ""], source: ["email", "id", "email"] }));
    expect(to).toContain("step=schedule");
    expect((await reload(connectionId)).settings.mapping).toEqual({ userName: "email", externalId: "id" });
    const schedule = await saveScheduleAction({ connectionId, mode: "wizard", frequency: "daily", time: "25:00", syncOnEmployeeChange: "on" });
    expect(schedule).toMatchObject({ ok: false, fieldErrors: { time: expect.stringMatching(/HH:MM/) } });
  });

  it("reaches the review and connects after a last test", async () => {
    signInAs(admin);
    await redirectOf(saveScheduleAction({ connectionId, mode: "wizard", frequency: "60", leaverPolicy: "deactivate_on_last_day", syncOnEmployeeChange: "on" }));
    expect(await reload(connectionId)).toMatchObject({ wizardStep: "review", schedule: { kind: "interval", minutes: 60 } });
    const to = await redirectOf(finishConnectionAction({ connectionId }));
    expect(to).toBe(`/connections/${connectionId}`);
    const row = await reload(connectionId);
    expect(row.status).toBe("connected");
    expect(row.nextSyncAt).not.toBeNull();
  });

  /** Every mutating action of the wizard, with input that would succeed for an HR admin. */
  const allActions = () =>
    [
      ["saveScimCredentials", () => saveScimCredentialsAction({ connectionId, mode: "edit", intent: "save", baseUrl: peer.url, token: "x" })],
      ["saveScope", () => saveScopeAction({ connectionId, mode: "edit", scopeKind: "all" })],
      ["saveMapping", () => saveMappingAction({ connectionId, mode: "edit", target: ["userName"], source: ["id"] })],
      ["saveSchedule", () => saveScheduleAction({ connectionId, mode: "edit", frequency: "30" })],
      ["saveWebhookEndpoint", () => saveWebhookEndpointAction({ connectionId, mode: "edit", intent: "save", url: peer.url })],
      ["saveWebhookEvents", () => saveWebhookEventsAction({ connectionId, mode: "edit", events: ["employee.updated"] })],
      ["generateSigningSecret", () => generateSigningSecretAction({ connectionId })],
      ["finishConnection", () => finishConnectionAction({ connectionId })],
      ["issuePartnerCredentials", () => issuePartnerCredentialsAction({ connectionId })],
    ] as const;

  it("never lets support staff or an employee create or change a connection, even calling the actions directly", async () => {
    const before = await reload(connectionId);
    for (const user of [support, employee]) {
      signInAs(user);
      expect(await startConnectionAction({ slug: "scim-generic", consent: "on" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await countScopeAction({ scopeKind: "all" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await createInviteAction({ connectionId })).toMatchObject({ ok: false, code: "forbidden" });
      for (const [name, call] of allActions()) expect(await call(), name).toMatchObject({ ok: false, code: "forbidden" });
    }
    const after = await reload(connectionId);
    expect(after.settings).toEqual(before.settings);
    expect(after.schedule).toEqual(before.schedule);
    expect(after.encryptedSecrets).toBe(before.encryptedSecrets);
    const count = await db.select({ id: connections.id }).from(connections).where(eq(connections.organizationId, org.id));
    expect(count).toHaveLength(1);
  });

  it("treats another company's connection as not found", async () => {
    const before = await reload(connectionId);
    signInAs(otherAdmin);
    expect(await createInviteAction({ connectionId })).toMatchObject({ ok: false, code: "not_found" });
    for (const [name, call] of allActions()) expect(await call(), name).toMatchObject({ ok: false, code: "not_found" });
    const after = await reload(connectionId);
    expect(after.settings).toEqual(before.settings);
    expect(after.encryptedSecrets).toBe(before.encryptedSecrets);
  });

  it("lets an admin without API rights start a set-up and invite a colleague, but not configure it", async () => {
    signInAs(starter);
    const to = await redirectOf(startConnectionAction({ slug: "scim-generic", consent: "on" }));
    const id = new URL(to, "http://x").searchParams.get("connection")!;
    expect(await saveScopeAction({ connectionId: id, mode: "wizard", scopeKind: "all" })).toMatchObject({ ok: false, code: "forbidden" });
    const invite = await createInviteAction({ connectionId: id });
    expect(invite).toMatchObject({ ok: true, data: { url: expect.stringContaining("/marketplace/scim-generic/connect?invite=") } });
  });

  it("keeps the token out of every audit event, action result and log line", async () => {
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.targetId, connectionId)));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["connection.created", "connection.settings_changed", "connection.secret_set", "connection.status_changed"]),
    );
    const everything = JSON.stringify(events) + output.join("\n");
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(WRONG);
  });
});
