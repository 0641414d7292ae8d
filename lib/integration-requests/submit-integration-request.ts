import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { integrationRequests, integrationRequestVotes, organizations } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/current-user";
import { consumeRateLimits, type RateLimitRule } from "@/lib/catalog/rate-limit";
import type { IntegrationRequestInput } from "@/lib/validations/integration-requests";

export const INTEGRATION_REQUEST_RATE_LIMITS = {
  perAddress: { name: "integration-request-address", points: 10, durationSeconds: 60 * 60 },
  perEmail: { name: "integration-request-email", points: 5, durationSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

/**
 * Files "Request an integration". A tool that was already requested (same name,
 * any case) is not duplicated: a signed-in requester's vote goes to the existing
 * request. Signed-in requesters vote for their own request; anonymous ones may
 * leave an email to hear when it becomes available. Honeypot filled: nothing stored.
 */
export async function submitIntegrationRequest(options: {
  input: IntegrationRequestInput;
  user: SessionUser | null;
  address: string;
}): Promise<{ id: string; created: boolean } | null> {
  const { input, user } = options;
  if (input.homepage) return null;
  const notifyEmail = !user && input.notify ? (input.notifyEmail?.toLowerCase() ?? null) : null;
  await consumeRateLimits([
    { rule: INTEGRATION_REQUEST_RATE_LIMITS.perAddress, key: user ? `user:${user.id}` : options.address },
    ...(notifyEmail ? [{ rule: INTEGRATION_REQUEST_RATE_LIMITS.perEmail, key: notifyEmail }] : []),
  ]);
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(integrationRequests)
      .values({
        toolName: input.toolName,
        website: input.website ?? null,
        description: input.description,
        createdById: user?.id ?? null,
        organizationId: user?.organizationId ?? null,
        requesterEmail: notifyEmail,
      })
      .onConflictDoNothing()
      .returning({ id: integrationRequests.id });
    let id = inserted?.id;
    if (!id) {
      const [existing] = await tx
        .select({ id: integrationRequests.id, requesterEmail: integrationRequests.requesterEmail })
        .from(integrationRequests)
        .where(eq(sql`lower(${integrationRequests.toolName})`, input.toolName.toLowerCase()));
      id = existing.id;
      if (notifyEmail && !existing.requesterEmail) {
        await tx.update(integrationRequests).set({ requesterEmail: notifyEmail }).where(eq(integrationRequests.id, id));
      }
    }
    if (user) {
      await tx
        .insert(integrationRequestVotes)
        .values({ requestId: id, userId: user.id, notify: input.notify })
        .onConflictDoUpdate({ target: [integrationRequestVotes.requestId, integrationRequestVotes.userId], set: { notify: input.notify } });
    }
    // audited in the requester's organization, or the platform's (the catalog's owner) for anonymous requests
    const [platform] = user ? [] : await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.isPlatform, true)).limit(1);
    const organizationId = user?.organizationId ?? platform?.id;
    if (organizationId) {
      await recordAuditEvent(
        {
          organizationId,
          actor: user ? { type: "user", id: user.id, label: user.name } : { type: "system", label: "public integration request form" },
          action: inserted ? "integration_request.created" : "integration_request.requested_again",
          targetType: "integration_request",
          targetId: id,
        },
        tx,
      );
    }
    return { id, created: Boolean(inserted) };
  });
}
