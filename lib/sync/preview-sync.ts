// stand-in; replaced by the sync engine's planning step at merge
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { connections, employeeLinks, employees } from "@/db/schema";
import { scopeCondition } from "@/lib/connections/scope-filter";
import { employeeScopeSchema, LEAVER_POLICIES } from "@/lib/connections/settings";
import { AppError } from "@/lib/errors";

export type SyncPreview = { provision: number; link: number; update: number; deactivate: number; skipped: number; total: number };

/**
 * What the first (or next) sync would do, without writing anything anywhere.
 * This stand-in reads only our side: employees in scope against `employee_links`
 * (no link -> provision; linked leaver -> deactivate; linked -> update; the rest skipped).
 * The engine's version also looks the employees up on the target to tell link from provision.
 */
export async function previewSync(options: { organizationId: string; connectionId: string }): Promise<SyncPreview> {
  const [connection] = await db
    .select({ settings: connections.settings })
    .from(connections)
    .where(and(eq(connections.id, options.connectionId), eq(connections.organizationId, options.organizationId)))
    .limit(1);
  if (!connection) throw new AppError("not_found", "connection not found");
  const scope = employeeScopeSchema.catch({ kind: "all" }).parse(connection.settings.scope ?? { kind: "all" });
  const policy = LEAVER_POLICIES.find((p) => p === connection.settings.leaverPolicy) ?? "deactivate_on_last_day";
  const leaver =
    policy === "keep_active"
      ? sql`false`
      : policy === "deactivate_after_last_day"
        ? sql`(${employees.status} = 'inactive' or ${employees.terminationDate} < current_date)`
        : sql`(${employees.status} = 'inactive' or ${employees.terminationDate} <= current_date)`;
  const linked = sql`${employeeLinks.employeeId} is not null`;
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      provision: sql<number>`(count(*) filter (where not ${linked} and not coalesce(${leaver}, false)))::int`,
      deactivate: sql<number>`(count(*) filter (where ${linked} and coalesce(${leaver}, false) and ${employeeLinks.active}))::int`,
      update: sql<number>`(count(*) filter (where ${linked} and not coalesce(${leaver}, false)))::int`,
    })
    .from(employees)
    .leftJoin(
      employeeLinks,
      and(eq(employeeLinks.employeeId, employees.id), eq(employeeLinks.connectionId, options.connectionId)),
    )
    .where(scopeCondition(options.organizationId, scope));
  const total = row?.total ?? 0;
  const provision = row?.provision ?? 0;
  const deactivate = row?.deactivate ?? 0;
  const update = row?.update ?? 0;
  return { provision, link: 0, update, deactivate, skipped: total - provision - deactivate - update, total };
}
