import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { notifications } from "@/db/schema";
import { listUnreadNotices } from "@/lib/monitoring/list-notices";
import { createOrganization, createUser, HR_ADMIN_RIGHTS, SUPPORT_RIGHTS } from "@/lib/testing/factories";
import { signInAs } from "@/lib/testing/session";
import { markNoticeReadAction } from "./actions";

describe("markNoticeReadAction", () => {
  let noticeId: string;
  let organizationId: string;
  let admin: Awaited<ReturnType<typeof createUser>>;
  let support: Awaited<ReturnType<typeof createUser>>;
  let otherAdmin: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    const org = await createOrganization();
    organizationId = org.id;
    admin = await createUser(org, HR_ADMIN_RIGHTS);
    support = await createUser(org, SUPPORT_RIGHTS);
    otherAdmin = await createUser(await createOrganization(), HR_ADMIN_RIGHTS);
    const [row] = await db.insert(notifications).values({ organizationId, kind: "sync_failing", params: { integrationName: "X", runId: "r" } }).returning();
    noticeId = row.id;
  });

  const readAt = async () => (await db.select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, noticeId)))[0].readAt;

  it("refuses support staff (read-only) and another company's admin", async () => {
    signInAs(support);
    expect(await markNoticeReadAction({ id: noticeId })).toMatchObject({ ok: false, code: "forbidden" });
    signInAs(otherAdmin);
    expect(await markNoticeReadAction({ id: noticeId })).toMatchObject({ ok: false, code: "not_found" });
    expect(await readAt()).toBeNull();
    expect((await listUnreadNotices({ organizationId })).map((n) => n.id)).toEqual([noticeId]);
  });

  it("lets an HR admin mark it read, after which it is no longer listed", async () => {
    signInAs(admin);
    expect(await markNoticeReadAction({ id: noticeId })).toMatchObject({ ok: true });
    expect(await readAt()).not.toBeNull();
    expect(await listUnreadNotices({ organizationId })).toEqual([]);
  });
});
