"use server";

import { revalidatePath } from "next/cache";
import { protectedAction } from "@/lib/auth/actions";
import { updateDemoRequestStatus } from "@/lib/demo-requests/update-demo-request-status";
import { updateDemoRequestStatusSchema } from "@/lib/validations/demo-requests";

export const updateDemoRequestStatusAction = protectedAction(
  "demo_requests:manage",
  updateDemoRequestStatusSchema,
  async ({ id, status }, { user }) => {
    await updateDemoRequestStatus({
      providerOrganizationId: user.organizationId,
      demoRequestId: id,
      status,
      actor: { type: "user", id: user.id, label: user.email },
    });
    revalidatePath("/demo-requests");
  },
);
