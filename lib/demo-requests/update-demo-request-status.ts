import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { demoRequests } from "@/db/schema";
import { AppError } from "@/lib/errors";

export const DEMO_REQUEST_STATUSES = ["new", "contacted", "scheduled", "closed"] as const;
export type DemoRequestStatus = (typeof DEMO_REQUEST_STATUSES)[number];

/** Moves a demo request of the caller's provider organization to a new status; others' requests are "not found". */
export async function updateDemoRequestStatus(options: {
  providerOrganizationId: string;
  demoRequestId: string;
  status: DemoRequestStatus;
}): Promise<void> {
  const updated = await db
    .update(demoRequests)
    .set({ status: options.status, updatedAt: new Date() })
    .where(and(eq(demoRequests.id, options.demoRequestId), eq(demoRequests.providerOrganizationId, options.providerOrganizationId)))
    .returning({ id: demoRequests.id });
  if (updated.length === 0) throw new AppError("not_found", "demo request not found");
}
