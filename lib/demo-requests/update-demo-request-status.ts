import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { demoRequests } from "@/db/schema";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";

export const DEMO_REQUEST_STATUSES = ["new", "contacted", "scheduled", "closed"] as const;
export type DemoRequestStatus = (typeof DEMO_REQUEST_STATUSES)[number];

/** Moves a demo request of the caller's provider organization to a new status; others' requests are "not found". */
export async function updateDemoRequestStatus(options: {
  providerOrganizationId: string;
  demoRequestId: string;
  status: DemoRequestStatus;
  actor?: AuditActor;
}): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(demoRequests)
      .set({ status: options.status, updatedAt: new Date() })
      .where(and(eq(demoRequests.id, options.demoRequestId), eq(demoRequests.providerOrganizationId, options.providerOrganizationId)))
      .returning({ id: demoRequests.id });
    if (updated.length === 0) throw new AppError("not_found", "demo request not found");
    if (options.actor) {
      await recordAuditEvent(
        {
          organizationId: options.providerOrganizationId,
          actor: options.actor,
          action: "demo_request.status_changed",
          targetType: "demo_request",
          targetId: options.demoRequestId,
          changes: { status: options.status },
        },
        tx,
      );
    }
  });
}
