import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { employeeLinks, syncRuns } from "@/db/schema";
import { DEFAULT_SCIM_MAPPING } from "@/lib/connections/settings";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";
import { previewSync } from "./preview-sync";
import { runSync } from "./run-sync";
import { createSyncFixture, somePeople, updateEmployee } from "./testing/sync-fixtures";

describe("previewSync: the planning step alone, for the wizard's review", () => {
  let peer: ScimPeer;
  beforeAll(async () => {
    peer = await startScimServer({ token: "preview-token" });
  });
  afterAll(async () => peer.stop());

  it("counts what the next run would do, with read-only lookups, and writes nothing", async () => {
    const fixture = await createSyncFixture({
      integrationSlug: "scim-generic",
      settings: { baseUrl: peer.url, mapping: DEFAULT_SCIM_MAPPING, scope: { kind: "filter", departments: ["Engineering"], offices: [], employmentTypes: [] } },
      secrets: { token: "preview-token" },
      employees: somePeople(6, (i) => ({ department: i < 5 ? "Engineering" : "Sales" })),
    });
    const existing = fixture.people[0];
    await fetch(`${peer.url}/Users`, {
      method: "POST",
      headers: { authorization: "Bearer preview-token", "content-type": "application/scim+json" },
      body: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: existing.email }),
    });
    const before = peer.requests.length;

    const preview = await previewSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId });
    expect(preview).toEqual({ provision: 4, link: 1, update: 0, deactivate: 0, skipped: 1, total: 6 });
    expect(peer.requests.slice(before).every((r) => r.method === "GET")).toBe(true);
    expect(peer.users.size).toBe(1);
    expect(await db.select().from(syncRuns).where(eq(syncRuns.connectionId, fixture.connectionId))).toHaveLength(0);
    expect(await db.select().from(employeeLinks).where(eq(employeeLinks.connectionId, fixture.connectionId))).toHaveLength(0);

    await runSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId, trigger: "manual" });
    await updateEmployee(fixture.people[1].id, { position: "Lead" });
    await updateEmployee(fixture.people[2].id, { department: "Sales" });
    expect(await previewSync({ organizationId: fixture.org.id, connectionId: fixture.connectionId })).toEqual({ provision: 0, link: 0, update: 1, deactivate: 1, skipped: 4, total: 6 });
  });

  it("refuses another organization's connection", async () => {
    const fixture = await createSyncFixture({ integrationSlug: "scim-generic", settings: { baseUrl: peer.url }, secrets: { token: "preview-token" }, employees: somePeople(1) });
    const other = await createSyncFixture({ integrationSlug: "scim-generic", settings: { baseUrl: peer.url }, secrets: { token: "preview-token" }, employees: [] });
    await expect(previewSync({ organizationId: other.org.id, connectionId: fixture.connectionId })).rejects.toMatchObject({ code: "not_found" });
  });
});
