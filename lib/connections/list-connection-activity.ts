import "server-only";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { auditEvents, type AuditEvent } from "@/db/schema";

export type ActivityItem = Pick<AuditEvent, "id" | "actorType" | "actorLabel" | "action" | "changes" | "createdAt">;

/** A connection's audit events, newest first, keyset-paginated by id. */
export async function listConnectionActivity(options: {
  organizationId: string;
  connectionId: string;
  before?: number;
  limit?: number;
}): Promise<{ items: ActivityItem[]; nextBefore: number | null }> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const filters: SQL[] = [
    eq(auditEvents.organizationId, options.organizationId),
    eq(auditEvents.targetType, "connection"),
    eq(auditEvents.targetId, options.connectionId),
  ];
  if (options.before && Number.isSafeInteger(options.before)) filters.push(lt(auditEvents.id, options.before));
  const rows = await db
    .select({
      id: auditEvents.id,
      actorType: auditEvents.actorType,
      actorLabel: auditEvents.actorLabel,
      action: auditEvents.action,
      changes: auditEvents.changes,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .where(and(...filters))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  return { items, nextBefore: rows.length > limit ? items[items.length - 1].id : null };
}
