import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { apiCredentials, auditEvents, connections, type Organization, type User } from "@/db/schema";
import { POST as tokenRoute } from "@/app/api/v1/auth/token/route";
import { hashClientSecret } from "@/lib/api/client-secret";
import { createPartnerConnection, randomIp, tokenRequest } from "@/lib/api/testing/api-test-kit";
import { createOrganization, createUser, HR_ADMIN_RIGHTS, SUPPORT_RIGHTS } from "@/lib/testing/factories";
import { signInAs } from "@/lib/testing/session";
import {
  createApiCredentialAction,
  deleteApiCredentialAction,
  disableApiCredentialAction,
  enableApiCredentialAction,
  rotateApiCredentialAction,
  updateApiCredentialAction,
} from "./actions";

const row = async (id: string) => (await db.select().from(apiCredentials).where(eq(apiCredentials.id, id)))[0];
const tokenStatus = async (clientId: string, clientSecret: string) =>
  (await tokenRoute(tokenRequest({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }, { headers: { "x-forwarded-for": randomIp() } }))).status;

describe("API credentials actions (called directly, as an attacker would)", () => {
  let acme: Organization;
  let admin: User;
  let support: User;
  let employee: User;
  let globexAdmin: User;

  beforeAll(async () => {
    acme = await createOrganization();
    admin = await createUser(acme, HR_ADMIN_RIGHTS);
    support = await createUser(acme, SUPPORT_RIGHTS);
    employee = await createUser(acme, []);
    globexAdmin = await createUser(await createOrganization(), HR_ADMIN_RIGHTS);
  });

  async function create(input: Record<string, unknown> = {}) {
    signInAs(admin);
    const result = await createApiCredentialAction({ name: "Payroll sync", scopes: ["employees:read", "sync-runs:read"], fieldAccess: "all", ...input });
    if (!result?.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
    return result.data;
  }

  it("refuses the signed-out, support staff and employees", async () => {
    const input = { name: "X", scopes: "employees:read" };
    signInAs(null);
    expect(await createApiCredentialAction(input)).toMatchObject({ ok: false, code: "unauthenticated" });
    for (const user of [support, employee]) {
      signInAs(user);
      expect(await createApiCredentialAction(input)).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await db.select().from(apiCredentials).where(eq(apiCredentials.organizationId, acme.id))).toHaveLength(0);
  });

  it("creates credentials: the secret is returned once and stored only as a hash, the audit holds no secret", async () => {
    const created = await create({ fieldAccess: "selected", employeeFields: ["email", "first_name"] });
    expect(created.clientSecret).toMatch(/^mks_/);
    const stored = await row(created.id);
    expect(stored).toMatchObject({ name: "Payroll sync", scopes: ["employees:read", "sync-runs:read"], employeeFields: ["email", "first_name"], createdById: admin.id, status: "active" });
    expect(stored.secretHash).toBe(hashClientSecret(created.clientSecret));
    expect(JSON.stringify(stored)).not.toContain(created.clientSecret);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.targetId, created.id));
    expect(JSON.stringify(events)).not.toContain(created.clientSecret);
    expect(await tokenStatus(created.clientId, created.clientSecret)).toBe(200);
  });

  it("explains every missing piece at once, in the user's language, and keeps what was typed", async () => {
    signInAs(admin, "de");
    const form = new FormData();
    form.set("name", "  ");
    form.set("fieldAccess", "selected");
    const result = await createApiCredentialAction(null, form);
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result?.ok !== false) throw new Error("expected an error");
    expect(result.fieldErrors).toEqual({
      name: "Geben Sie den Zugangsdaten einen Namen.",
      scopes: "Wählen Sie mindestens eine Berechtigung.",
      employeeFields: "Wählen Sie mindestens ein Feld oder erlauben Sie alle Felder.",
    });
    expect(result.values).toMatchObject({ fieldAccess: "selected" });
    const tampered = await createApiCredentialAction({ name: "x", scopes: ["admin:all"] });
    expect(tampered).toMatchObject({ ok: false, code: "invalid_input" });
  });

  it("issues credentials to one of the company's partner connections, never another company's", async () => {
    const own = await createPartnerConnection(acme, "pending");
    const foreign = await createPartnerConnection(await createOrganization(), "pending");
    signInAs(admin);
    const refused = await createApiCredentialAction({ name: "Partner", scopes: ["sync-runs:write"], connectionId: foreign.id });
    expect(refused).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { connectionId: "Choose one of your partner integrations." } });
    const created = await create({ connectionId: own.id });
    expect((await row(created.id)).connectionId).toBe(own.id);
    expect((await row((await create({ connectionId: "" })).id)).connectionId).toBeNull();
  });

  it("treats another company's credentials as not found, and changes nothing", async () => {
    const created = await create();
    signInAs(globexAdmin);
    for (const action of [rotateApiCredentialAction, disableApiCredentialAction, enableApiCredentialAction, deleteApiCredentialAction]) {
      expect(await action({ id: created.id })).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await updateApiCredentialAction({ id: created.id, name: "Hijacked", scopes: ["employees:write"] })).toMatchObject({ ok: false, code: "not_found" });
    expect(await row(created.id)).toMatchObject({ name: "Payroll sync", status: "active", tokenVersion: 1, secretHash: hashClientSecret(created.clientSecret) });
  });

  it("rotates: the old secret stops working at once, and the partner connection becomes inactive (credentials rotated)", async () => {
    const connection = await createPartnerConnection(acme, "connected");
    const created = await create();
    await db.update(apiCredentials).set({ connectionId: connection.id }).where(eq(apiCredentials.id, created.id));
    signInAs(admin);
    const result = await rotateApiCredentialAction({ id: created.id });
    if (!result?.ok) throw new Error("rotate failed");
    expect(result.data.clientId).toBe(created.clientId);
    expect(result.data.clientSecret).not.toBe(created.clientSecret);
    expect(await tokenStatus(created.clientId, created.clientSecret)).toBe(401);
    expect(await tokenStatus(created.clientId, result.data.clientSecret)).toBe(200);
    expect(await row(created.id)).toMatchObject({ tokenVersion: 2, rotatedAt: expect.any(Date) });
    const [conn] = await db.select().from(connections).where(eq(connections.id, connection.id));
    expect(conn).toMatchObject({ status: "inactive", inactiveReason: "credentials_rotated" });
  });

  it("changing the scopes revokes issued tokens; renaming alone does not", async () => {
    const created = await create();
    signInAs(admin);
    expect(await updateApiCredentialAction({ id: created.id, name: "Renamed", scopes: ["sync-runs:read", "employees:read"], fieldAccess: "all" })).toMatchObject({
      ok: true,
      data: { tokensRevoked: false },
    });
    expect((await row(created.id)).tokenVersion).toBe(1);
    expect(await updateApiCredentialAction({ id: created.id, name: "Renamed", scopes: ["employees:read"], fieldAccess: "selected", employeeFields: "email" })).toMatchObject({
      ok: true,
      data: { tokensRevoked: true },
    });
    expect(await row(created.id)).toMatchObject({ name: "Renamed", scopes: ["employees:read"], employeeFields: ["email"], tokenVersion: 2 });
  });

  it("disables, enables and deletes", async () => {
    const created = await create();
    signInAs(admin);
    expect(await disableApiCredentialAction({ id: created.id })).toMatchObject({ ok: true });
    expect(await tokenStatus(created.clientId, created.clientSecret)).toBe(401);
    expect(await enableApiCredentialAction({ id: created.id })).toMatchObject({ ok: true });
    expect(await tokenStatus(created.clientId, created.clientSecret)).toBe(200);
    // delete redirects to the list (Next's redirect is thrown on purpose)
    await expect(deleteApiCredentialAction({ id: created.id })).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect(await row(created.id)).toBeUndefined();
    expect(await tokenStatus(created.clientId, created.clientSecret)).toBe(401);
  });
});
