"use server";

import { revalidatePath } from "next/cache";
import { protectedAction } from "@/lib/auth/actions";
import { publicAction } from "@/lib/auth/actions";
import { AppError } from "@/lib/errors";
import { setIntegrationRequestStatus } from "@/lib/integration-requests/set-integration-request-status";
import { submitIntegrationRequest } from "@/lib/integration-requests/submit-integration-request";
import { voteForIntegrationRequest, withdrawVote } from "@/lib/integration-requests/vote-integration-request";
import { integrationRequestSchema, integrationRequestStatusSchema, voteSchema } from "@/lib/validations/integration-requests";

/** "Request an integration": anyone; a signed-in requester's vote is counted with it. */
export const submitIntegrationRequestAction = publicAction("catalog", integrationRequestSchema, async (input, { user, address }) => {
  const result = await submitIntegrationRequest({ input, user, address });
  revalidatePath("/request-integration");
  return result ?? { id: null, created: true };
});

/** One vote per signed-in user; voting again only changes "notify me". */
export const voteAction = publicAction("catalog", voteSchema, async (input, { user }) => {
  if (!user) throw new AppError("unauthenticated");
  await voteForIntegrationRequest({ requestId: input.id, user, notify: input.notify });
  revalidatePath("/request-integration");
});

export const withdrawVoteAction = publicAction("catalog", voteSchema.pick({ id: true }), async (input, { user }) => {
  if (!user) throw new AppError("unauthenticated");
  await withdrawVote({ requestId: input.id, user });
  revalidatePath("/request-integration");
});

/** The platform moves a request on (under review -> planned -> available), notifying those who asked. */
export const setIntegrationRequestStatusAction = protectedAction("integration_requests:manage", integrationRequestStatusSchema, async (input, { user }) => {
  await setIntegrationRequestStatus({ user, requestId: input.id, status: input.status });
  revalidatePath("/request-integration");
});
