"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { protectedAction } from "@/lib/auth/actions";
import { monitoringPath } from "@/lib/monitoring/paths";
import { retryFailedEmployees } from "@/lib/monitoring/retry-failed-employees";

const retrySchema = z.object({ connectionId: z.uuid(), runId: z.uuid() });

/**
 * Retry failed employees (HR admins only): queues a run limited to the failed
 * rows of this run, marked as a retry. The run is looked up in the caller's
 * organization, so another company's run is "not found".
 */
export const retryFailedEmployeesAction = protectedAction("connections:manage", retrySchema, async (input, { user }) => {
  const outcome = await retryFailedEmployees({
    organizationId: user.organizationId,
    connectionId: input.connectionId,
    runId: input.runId,
    actor: { type: "user", id: user.id, label: user.email },
  });
  if (outcome.queued) revalidatePath(monitoringPath(input.connectionId));
  return outcome;
});
