import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents, connections, integrations, type Organization } from "@/db/schema";
import { createOrganization } from "@/lib/testing/factories";
import { activatePartnerConnection, setConnectionStatus } from "./set-connection-status";

describe("connection status changes", () => {
  let org: Organization;
  let other: Organization;
  let integrationId: string;
  const credential = { id: "00000000-0000-4000-8000-000000000001", name: "Partner key" };

  beforeAll(async () => {
    org = await createOrganization();
    other = await createOrganization();
    [{ id: integrationId }] = await db.select({ id: integrations.id }).from(integrations).where(eq(integrations.connectorKind, "partner")).limit(1);
  });

  async function newConnection(status: "pending" | "connected" | "inactive" = "pending") {
    const [c] = await db.insert(connections).values({ organizationId: org.id, integrationId, status }).returning();
    return c;
  }

  it("moves a pending partner connection to connected on its first API call, once", async () => {
    const c = await newConnection("pending");
    expect(await activatePartnerConnection({ organizationId: org.id, connectionId: c.id, credential })).toBe(true);
    expect(await activatePartnerConnection({ organizationId: org.id, connectionId: c.id, credential })).toBe(false);
    const [row] = await db.select().from(connections).where(eq(connections.id, c.id));
    expect(row.status).toBe("connected");
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.targetId, c.id)));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorType: "api_client", action: "connection.status_changed", changes: { status: { from: "pending", to: "connected" } } });
  });

  it("does not wake an inactive connection through the API", async () => {
    const c = await newConnection("inactive");
    expect(await activatePartnerConnection({ organizationId: org.id, connectionId: c.id, credential })).toBe(false);
  });

  it("stores the reason when a connection becomes inactive, and clears it on reconnect", async () => {
    const c = await newConnection("connected");
    const actor = { type: "system" as const, label: "test" };
    const inactive = await setConnectionStatus({ organizationId: org.id, connectionId: c.id, status: "inactive", reason: "quarantined", actor });
    expect(inactive).toMatchObject({ status: "inactive", inactiveReason: "quarantined" });
    const back = await setConnectionStatus({ organizationId: org.id, connectionId: c.id, status: "connected", actor });
    expect(back).toMatchObject({ status: "connected", inactiveReason: null, consecutiveFailures: 0 });
  });

  it("treats another organization's connection as not found", async () => {
    const c = await newConnection("connected");
    await expect(
      setConnectionStatus({ organizationId: other.id, connectionId: c.id, status: "inactive", actor: { type: "system" } }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
