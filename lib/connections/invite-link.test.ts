import { beforeAll, describe, expect, it } from "vitest";
import type { Organization, User } from "@/db/schema";
import { createOrganization, createUser } from "@/lib/testing/factories";
import { createInviteLink, verifyInvite } from "./invite-link";
import { insertConnection } from "./testing/connection-fixtures";

describe("invite links", () => {
  let org: Organization;
  let user: User;
  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET ??= "test-secret-for-invite-links";
    org = await createOrganization();
    user = await createUser(org, ["marketplace:edit"]);
  });
  const actor = () => ({ type: "user" as const, id: user.id, label: user.name });

  it("opens the same pending set-up, signed and expiring", async () => {
    const c = await insertConnection(org, "scim-generic", { status: "pending", wizardStep: "credentials" });
    const { url, expiresAt } = await createInviteLink({ organizationId: org.id, connectionId: c.id, actor: actor(), baseUrl: "http://app.test" });
    const link = new URL(url);
    expect(link.origin + link.pathname).toBe("http://app.test/marketplace/scim-generic/connect");
    const token = link.searchParams.get("invite")!;
    expect(await verifyInvite(token)).toEqual({ organizationId: org.id, connectionId: c.id, invitedBy: user.name });
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
  });

  it("refuses forged, tampered and expired links", async () => {
    const c = await insertConnection(org, "scim-generic", { status: "pending", wizardStep: "credentials" });
    const past = new Date(Date.now() - 8 * 86_400_000);
    const old = await createInviteLink({ organizationId: org.id, connectionId: c.id, actor: actor(), baseUrl: "http://app.test", now: past });
    expect(await verifyInvite(new URL(old.url).searchParams.get("invite")!)).toBeNull();
    const fresh = new URL((await createInviteLink({ organizationId: org.id, connectionId: c.id, actor: actor(), baseUrl: "http://app.test" })).url).searchParams.get("invite")!;
    const [header, payload, signature] = fresh.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), org: "00000000-0000-4000-8000-000000000000" })).toString("base64url");
    expect(await verifyInvite(`${header}.${forged}.${signature}`)).toBeNull();
    expect(await verifyInvite("not-a-token")).toBeNull();
  });

  it("only hands on a set-up that is still pending, of the own company", async () => {
    const done = await insertConnection(org, "scim-generic", { status: "connected" });
    await expect(createInviteLink({ organizationId: org.id, connectionId: done.id, actor: actor(), baseUrl: "http://app.test" })).rejects.toMatchObject({ code: "conflict" });
    const other = await createOrganization();
    const theirs = await insertConnection(other, "scim-generic", { status: "pending" });
    await expect(createInviteLink({ organizationId: org.id, connectionId: theirs.id, actor: actor(), baseUrl: "http://app.test" })).rejects.toMatchObject({ code: "not_found" });
  });
});
