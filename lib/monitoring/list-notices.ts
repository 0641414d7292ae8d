import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { notifications } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";

/** The organization's unread notices (failing, recovered, quarantined connections), newest first. */
export async function listUnreadNotices(options: { organizationId: string; connectionId?: string; limit?: number }) {
  return db
    .select({ id: notifications.id, kind: notifications.kind, connectionId: notifications.connectionId, params: notifications.params, createdAt: notifications.createdAt })
    .from(notifications)
    .where(
      and(
        eq(notifications.organizationId, options.organizationId),
        isNull(notifications.readAt),
        options.connectionId ? eq(notifications.connectionId, options.connectionId) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(Math.min(options.limit ?? 5, 50));
}

/** Marks a notice read; another organization's notice is simply not found (false). */
export async function markNoticeRead(options: { organizationId: string; noticeId: string; actor: AuditActor }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.id, options.noticeId), eq(notifications.organizationId, options.organizationId), isNull(notifications.readAt)))
      .returning({ id: notifications.id, kind: notifications.kind });
    if (rows.length === 0) return false;
    await recordAuditEvent(
      { organizationId: options.organizationId, actor: options.actor, action: "notice.read", targetType: "notification", targetId: options.noticeId, changes: { kind: rows[0].kind } },
      tx,
    );
    return true;
  });
}
