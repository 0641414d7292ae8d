import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/current-user";
import type { Locale } from "@/lib/i18n/locales";

/** Saves a signed-in user's language on their account (both language switchers), audited. */
export async function saveUserLocale(user: Pick<SessionUser, "id" | "name" | "organizationId">, locale: Locale): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ locale }).where(eq(users.id, user.id));
    await recordAuditEvent(
      { organizationId: user.organizationId, actor: { type: "user", id: user.id, label: user.name }, action: "user.locale_changed", targetType: "user", targetId: user.id, changes: { locale } },
      tx,
    );
  });
}
