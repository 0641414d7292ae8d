import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { integrationRequests, integrationRequestVotes } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";

type Voter = Pick<SessionUser, "id" | "name" | "organizationId">;

function audit(user: Voter, requestId: string, action: string, changes: Record<string, unknown>, tx: Parameters<typeof recordAuditEvent>[1]) {
  return recordAuditEvent({ organizationId: user.organizationId, actor: { type: "user", id: user.id, label: user.name }, action, targetType: "integration_request", targetId: requestId, changes }, tx);
}

/** One vote per user (primary key request + user); voting again only changes "notify me". Audited in the voter's organization. */
export async function voteForIntegrationRequest(options: { requestId: string; user: Voter; notify: boolean }): Promise<void> {
  const [request] = await db.select({ id: integrationRequests.id }).from(integrationRequests).where(eq(integrationRequests.id, options.requestId));
  if (!request) throw new AppError("not_found", "integration request not found");
  await db.transaction(async (tx) => {
    await tx
      .insert(integrationRequestVotes)
      .values({ requestId: options.requestId, userId: options.user.id, notify: options.notify })
      .onConflictDoUpdate({ target: [integrationRequestVotes.requestId, integrationRequestVotes.userId], set: { notify: options.notify } });
    await audit(options.user, options.requestId, "integration_request.voted", { notify: options.notify }, tx);
  });
}

export async function withdrawVote(options: { requestId: string; user: Voter }): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(integrationRequestVotes)
      .where(and(eq(integrationRequestVotes.requestId, options.requestId), eq(integrationRequestVotes.userId, options.user.id)))
      .returning({ requestId: integrationRequestVotes.requestId });
    if (removed.length) await audit(options.user, options.requestId, "integration_request.vote_withdrawn", {}, tx);
  });
}
