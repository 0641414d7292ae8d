import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Organization } from "@/db/schema";
import { insertConnection } from "@/lib/connections/testing/connection-fixtures";
import { createEmployee, createOrganization } from "@/lib/testing/factories";
import { startScimServer, type ScimPeer } from "@/lib/testing/scim-server";
import { previewSync } from "./preview-sync";

/** Only what every implementation of previewSync must do (the engine's planning step replaces the stand-in). */
describe("previewSync against an empty SCIM target", () => {
  let peer: ScimPeer;
  let org: Organization;
  beforeAll(async () => {
    peer = await startScimServer({ token: "preview-token" });
    org = await createOrganization();
    for (const department of ["Engineering", "Engineering", "Engineering", "Sales"]) await createEmployee(org, { department });
  });
  afterAll(() => peer.stop());

  it("provisions every active employee in scope, links, updates and deactivates nobody, writes nothing", async () => {
    const c = await insertConnection(org, "scim-generic", {
      status: "pending",
      settings: { baseUrl: peer.url, scope: { kind: "filter", departments: ["Engineering"], offices: [], employmentTypes: [] } },
      secrets: { token: "preview-token" },
    });
    const preview = await previewSync({ organizationId: org.id, connectionId: c.id });
    expect(preview).toMatchObject({ provision: 3, link: 0, update: 0, deactivate: 0 });
    expect(preview.provision + preview.skipped).toBe(preview.total);
    expect(peer.users.size).toBe(0);
    expect(peer.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("treats another company's connection as not found", async () => {
    const c = await insertConnection(org, "scim-generic", { settings: { baseUrl: peer.url }, secrets: { token: "preview-token" } });
    const stranger = await createOrganization();
    await expect(previewSync({ organizationId: stranger.id, connectionId: c.id })).rejects.toMatchObject({ code: "not_found" });
  });
});
