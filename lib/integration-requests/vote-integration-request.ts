import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { integrationRequests, integrationRequestVotes } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** One vote per user (primary key request + user); voting again only changes "notify me". */
export async function voteForIntegrationRequest(options: { requestId: string; userId: string; notify: boolean }): Promise<void> {
  const [request] = await db.select({ id: integrationRequests.id }).from(integrationRequests).where(eq(integrationRequests.id, options.requestId));
  if (!request) throw new AppError("not_found", "integration request not found");
  await db
    .insert(integrationRequestVotes)
    .values({ requestId: options.requestId, userId: options.userId, notify: options.notify })
    .onConflictDoUpdate({ target: [integrationRequestVotes.requestId, integrationRequestVotes.userId], set: { notify: options.notify } });
}

export async function withdrawVote(options: { requestId: string; userId: string }): Promise<void> {
  await db
    .delete(integrationRequestVotes)
    .where(and(eq(integrationRequestVotes.requestId, options.requestId), eq(integrationRequestVotes.userId, options.userId)));
}
