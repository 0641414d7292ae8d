import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { apiCredentials, auditEvents, integrations, type Organization, type User } from "@/db/schema";
import { verifyClientSecret } from "@/lib/api/client-secret";
import { createOrganization, createUser, HR_ADMIN_RIGHTS } from "@/lib/testing/factories";
import { startWebhookReceiver } from "@/lib/testing/webhook-receiver";
import { createConnection } from "./create-connection";
import { finishConnection } from "./finish-connection";
import { getIntegrationBySlugOrThrow } from "./get-connection";
import { issuePartnerCredentials } from "./issue-partner-credentials";
import { replaceSigningSecret } from "./replace-signing-secret";
import { saveTarget } from "./save-target";
import { activatePartnerConnection } from "./set-connection-status";
import { reload } from "./testing/connection-fixtures";
import { updateConnectionSettings } from "./update-connection-settings";

describe("webhook and partner set-ups", () => {
  let org: Organization;
  let admin: User;
  beforeAll(async () => {
    org = await createOrganization();
    admin = await createUser(org, HR_ADMIN_RIGHTS);
  });
  const actor = () => ({ type: "user" as const, id: admin.id, label: admin.name });
  const firstOfKind = async (kind: "webhook" | "partner") =>
    getIntegrationBySlugOrThrow((await db.select({ slug: integrations.slug }).from(integrations).where(eq(integrations.connectorKind, kind)).limit(1))[0].slug);

  it("webhook: a generated secret, shown once, signs a test delivery the endpoint verifies; then connects", async () => {
    const integration = await firstOfKind("webhook");
    const c = await createConnection({ organizationId: org.id, integration, actor: actor() });
    expect(c.wizardStep).toBe("endpoint");
    const base = { organizationId: org.id, connectionId: c.id, actor: actor() };
    const noSecret = await saveTarget({ ...base, kind: "webhook", step: "endpoint", target: { url: "http://127.0.0.1:1/hooks" }, typedSecrets: {}, intent: "test", advance: true });
    expect(noSecret).toEqual({ status: "missing_secret" });
    const { signingSecret } = await replaceSigningSecret(base);
    expect(signingSecret).toMatch(/^whsec_/);
    const receiver = await startWebhookReceiver({ secret: signingSecret });
    try {
      const saved = await saveTarget({ ...base, kind: "webhook", step: "endpoint", target: { url: receiver.url }, typedSecrets: {}, intent: "save", advance: true });
      expect(saved).toMatchObject({ status: "saved", result: { ok: true } });
      expect(receiver.events).toEqual([expect.objectContaining({ type: "webhook.test", verified: true })]);
      for (const step of ["events", "scope", "schedule"] as const) {
        await updateConnectionSettings({ ...base, step, advance: true });
      }
      expect((await reload(c.id)).wizardStep).toBe("review");
      expect(await finishConnection(base)).toEqual({ status: "connected" });
      expect(receiver.events).toHaveLength(2);
    } finally {
      await receiver.stop();
    }
    const events = await db.select().from(auditEvents).where(eq(auditEvents.targetId, c.id));
    expect(JSON.stringify(events)).not.toContain(signingSecret);
    expect(events.map((e) => e.action)).toContain("connection.secret_set");
  });

  it("partner: credentials limited to the consented permissions, issued once; pending until the first API call", async () => {
    const integration = await firstOfKind("partner");
    const c = await createConnection({ organizationId: org.id, integration, actor: actor() });
    const base = { organizationId: org.id, connectionId: c.id, actor: actor() };
    const issued = await issuePartnerCredentials(base);
    const [credential] = await db.select().from(apiCredentials).where(eq(apiCredentials.connectionId, c.id));
    expect(credential).toMatchObject({ clientId: issued.clientId, organizationId: org.id, scopes: issued.scopes });
    expect(credential.employeeFields?.sort()).toEqual([...new Set(integration.permissions.map((p) => p.field))].sort());
    expect(credential.secretHash).not.toContain(issued.clientSecret);
    expect(verifyClientSecret(issued.clientSecret, credential.secretHash)).toBe(true);
    await expect(issuePartnerCredentials(base)).rejects.toMatchObject({ code: "conflict" });
    await expect(finishConnection(base)).rejects.toMatchObject({ code: "conflict" });
    expect((await reload(c.id)).status).toBe("pending");
    expect(await activatePartnerConnection({ organizationId: org.id, connectionId: c.id, credential: { id: credential.id, name: credential.name } })).toBe(true);
    expect((await reload(c.id)).status).toBe("connected");
  });
});
