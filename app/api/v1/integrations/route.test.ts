import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { eq } from "drizzle-orm";
import { connections, integrations } from "@/db/schema";
import { call, createClient, createPartnerConnection, getToken } from "@/lib/api/testing/api-test-kit";
import { createOrganization } from "@/lib/testing/factories";
import * as connection from "../connections/[id]/route";
import * as connectionsList from "../connections/route";
import * as one from "./[slug]/route";
import { GET } from "./route";

describe("GET /integrations and /integrations/{slug}", () => {
  let token: string;
  beforeAll(async () => {
    const { credential, clientSecret } = await createClient(await createOrganization(), { scopes: ["integrations:read"] });
    token = await getToken(credential, clientSecret);
  });

  it("pages through the whole catalog by slug", async () => {
    const slugs: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(GET, { path: `/integrations?limit=25${cursor ? `&cursor=${cursor}` : ""}`, token });
      slugs.push(...res.body.data!.map((i) => i.slug as string));
      cursor = res.body.next_cursor as string | null;
    } while (cursor);
    const all = (await db.select({ slug: integrations.slug }).from(integrations)).map((r) => r.slug).sort();
    expect(slugs).toEqual(all);
  });

  it("filters by category and describes one listing in both languages", async () => {
    const res = await call(GET, { path: "/integrations?category=identity-access", token });
    expect(res.body.data!.length).toBeGreaterThan(0);
    expect(res.body.data!.every((i) => (i.categories as string[]).includes("identity-access"))).toBe(true);
    const slug = res.body.data![0].slug as string;
    const detail = await call(one.GET, { path: `/integrations/${slug}`, params: { slug }, token });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ slug, description: { en: expect.any(String), de: expect.any(String) }, setup_steps: expect.any(Array) });
    expect((await call(GET, { path: "/integrations?category=nope", token })).status).toBe(400);
    expect((await call(one.GET, { path: "/integrations/nope", params: { slug: "nope" }, token })).status).toBe(404);
  });
});

describe("GET /connections and /connections/{id}", () => {
  it("shows the company's connections with status and reason; a partner credential sees only its own", async () => {
    const org = await createOrganization();
    const pending = await createPartnerConnection(org, "pending");
    const inactive = await createPartnerConnection(org, "inactive");
    const all = await createClient(org, { scopes: ["connections:read"] });
    const token = await getToken(all.credential, all.clientSecret);
    const list = await call(connectionsList.GET, { path: "/connections", token });
    expect(list.body.data!.map((c) => c.id)).toEqual([inactive.id, pending.id]);
    expect(list.body.data![0]).toMatchObject({ status: "inactive", inactive_reason: "deactivated", integration: { slug: expect.any(String) } });
    const filtered = await call(connectionsList.GET, { path: "/connections?status=pending", token });
    expect(filtered.body.data!.map((c) => c.id)).toEqual([pending.id]);

    const partner = await createClient(org, { scopes: ["connections:read"], connectionId: pending.id });
    const partnerToken = await getToken(partner.credential, partner.clientSecret);
    // its own connection, still pending when read by the partner's first call, which connects it
    const own = await call(connection.GET, { path: `/connections/${pending.id}`, params: { id: pending.id }, token: partnerToken });
    expect(own.body).toMatchObject({ id: pending.id, status: "pending" });
    const mine = await call(connectionsList.GET, { path: "/connections", token: partnerToken });
    expect(mine.body.data!.map((c) => [c.id, c.status])).toEqual([[pending.id, "connected"]]);
    expect((await call(connection.GET, { path: `/connections/${inactive.id}`, params: { id: inactive.id }, token: partnerToken })).status).toBe(404);

    // once its connection is disconnected, the partner's credential sees nothing of the company
    await db.update(connections).set({ disconnectedAt: new Date() }).where(eq(connections.id, pending.id));
    expect((await call(connectionsList.GET, { path: "/connections", token: partnerToken })).body.data).toEqual([]);
    expect((await call(connection.GET, { path: `/connections/${inactive.id}`, params: { id: inactive.id }, token: partnerToken })).status).toBe(404);
  });
});
