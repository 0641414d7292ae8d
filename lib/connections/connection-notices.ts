import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { notifications, type Notification } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";

/** Unread in-app notices about connections (quarantine), newest first. */
export async function listConnectionNotices(options: { organizationId: string; connectionId?: string; limit?: number }): Promise<Notification[]> {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.organizationId, options.organizationId),
        eq(notifications.kind, "connection_quarantined"),
        isNull(notifications.readAt),
        ...(options.connectionId ? [eq(notifications.connectionId, options.connectionId)] : []),
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(options.limit ?? 20);
}

/** Dismisses a notice of the caller's organization. */
export async function dismissNotice(options: { organizationId: string; noticeId: string; actor: AuditActor }): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.id, options.noticeId), eq(notifications.organizationId, options.organizationId)))
      .returning({ id: notifications.id, kind: notifications.kind });
    if (updated.length === 0) throw new AppError("not_found", "notice not found");
    await recordAuditEvent(
      { organizationId: options.organizationId, actor: options.actor, action: "notice.dismissed", targetType: "notification", targetId: options.noticeId, changes: { kind: updated[0].kind } },
      tx,
    );
  });
}
