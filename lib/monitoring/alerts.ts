import { and, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { connections, integrations, notifications, syncRuns, users } from "@/db/schema";
import { can } from "@/lib/auth/rights";
import { buildAlertEmail, type AlertKind } from "./alert-message";
import { sendMail, type SendMail } from "./send-mail";

type RunState = "running" | "succeeded" | "partially_succeeded" | "failed";

/**
 * Alerts without noise: only a change of state is news. A connection whose runs
 * succeeded (or that has no earlier run) and now fails or partially fails raises
 * one alert; further failures stay quiet; the first success after failures
 * raises "recovered". A running run decides nothing.
 */
export function decideAlert(previous: RunState | null, current: RunState): AlertKind | null {
  if (current === "running") return null;
  const wasHealthy = previous === null || previous === "succeeded";
  if (wasHealthy && current === "failed") return "sync_failing";
  if (wasHealthy && current === "partially_succeeded") return "sync_partially_failing";
  if (!wasHealthy && current === "succeeded") return "sync_recovered";
  return null;
}

/**
 * Called after each finished run (lib/sync/on-run-finished.ts): writes an in-app
 * notification on a state change and, when SMTP_URL is set, emails the
 * organization's HR admins in their language. Evaluating the same run twice
 * alerts once. Email failures are logged, never thrown: a run's outcome stands.
 */
export async function evaluateRunAlerts(
  options: { organizationId: string; connectionId: string; runId: string },
  deps: { sendMail?: SendMail | null; baseUrl?: string } = {},
): Promise<{ kind: AlertKind | null; notificationId: string | null; emailed: number }> {
  const { organizationId, connectionId, runId } = options;
  const [run] = await db
    .select({ id: syncRuns.id, status: syncRuns.status, startedAt: syncRuns.startedAt, integrationName: integrations.name })
    .from(syncRuns)
    .innerJoin(connections, and(eq(connections.id, syncRuns.connectionId), eq(connections.organizationId, organizationId)))
    .innerJoin(integrations, eq(integrations.id, connections.integrationId))
    .where(and(eq(syncRuns.id, runId), eq(syncRuns.organizationId, organizationId), eq(syncRuns.connectionId, connectionId)))
    .limit(1);
  if (!run) return { kind: null, notificationId: null, emailed: 0 };

  const [previous] = await db
    .select({ status: syncRuns.status })
    .from(syncRuns)
    .where(
      and(
        eq(syncRuns.organizationId, organizationId),
        eq(syncRuns.connectionId, connectionId),
        ne(syncRuns.id, runId),
        ne(syncRuns.status, "running"),
        sql`${syncRuns.startedAt} <= ${run.startedAt.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(sql`${syncRuns.startedAt} desc, ${syncRuns.id} desc`)
    .limit(1);
  const kind = decideAlert(previous?.status ?? null, run.status);
  if (!kind) return { kind: null, notificationId: null, emailed: 0 };

  const params = { integrationName: run.integrationName, runId, connectionId, runStatus: run.status };
  // One notification per run, even when two processes evaluate it at once.
  const notificationId = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`alerts:${runId}`}))`);
    const [existing] = await tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.organizationId, organizationId), eq(notifications.connectionId, connectionId), sql`${notifications.params}->>'runId' = ${runId}`))
      .limit(1);
    if (existing) return null;
    const [row] = await tx.insert(notifications).values({ organizationId, kind, connectionId, params }).returning({ id: notifications.id });
    return row.id;
  });
  if (!notificationId) return { kind, notificationId: null, emailed: 0 };

  const mailer = deps.sendMail === undefined ? sendMail() : deps.sendMail;
  let emailed = 0;
  if (mailer) {
    const baseUrl = deps.baseUrl ?? process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
    const admins = (await db.select({ email: users.email, rights: users.rights, locale: users.locale }).from(users).where(eq(users.organizationId, organizationId))).filter(
      (user) => can(user.rights, "connections:manage"),
    );
    for (const admin of admins) {
      const message = buildAlertEmail({ kind, params, locale: admin.locale, baseUrl });
      try {
        await mailer({ to: admin.email, ...message });
        emailed += 1;
      } catch (error) {
        console.error(JSON.stringify({ level: "error", msg: "alert email failed", runId, kind, err: String(error) }));
      }
    }
  }
  return { kind, notificationId, emailed };
}
