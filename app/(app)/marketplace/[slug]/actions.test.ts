import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { supportRequests } from "@/db/schema";
import { createOrganization, createUser, HR_ADMIN_RIGHTS } from "@/lib/testing/factories";
import { signInAs } from "@/lib/testing/session";
import { helpFeedbackAction } from "./actions";

describe("helpFeedbackAction (Help & Feedback on first-party integrations)", () => {
  let admin: Awaited<ReturnType<typeof createUser>>;
  let employee: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    const org = await createOrganization();
    admin = await createUser(org, HR_ADMIN_RIGHTS);
    employee = await createUser(org, []);
  });

  const mine = async () => db.select().from(supportRequests).where(eq(supportRequests.userId, admin.id));

  it("files a support request for the user's organization", async () => {
    signInAs(admin);
    expect(await helpFeedbackAction({ integration: "slack", message: "Users are not deactivated" })).toMatchObject({ ok: true });
    const rows = await mine();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ organizationId: admin.organizationId, message: "Users are not deactivated" });
  });

  it("refuses signed-out users and users without marketplace rights", async () => {
    signInAs(null);
    expect(await helpFeedbackAction({ integration: "slack", message: "x" })).toMatchObject({ ok: false, code: "unauthenticated" });
    signInAs(employee);
    expect(await helpFeedbackAction({ integration: "slack", message: "x" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("is for first-party integrations only, and validates the message", async () => {
    signInAs(admin, "de");
    expect(await helpFeedbackAction({ integration: "lernwerk-academy", message: "x" })).toMatchObject({ ok: false, code: "not_found" });
    const tooLong = await helpFeedbackAction({ integration: "slack", message: "x".repeat(100_000) });
    expect(tooLong).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { message: "Das ist zu lang." } });
    expect(await helpFeedbackAction({ integration: "../etc", message: "x" })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await mine()).toHaveLength(1);
  });
});
