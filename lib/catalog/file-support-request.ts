import { eq } from "drizzle-orm";
import { db } from "@/db";
import { integrations, supportRequests } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";

/** "Help & Feedback": a support request about a first-party integration, filed for the user's organization. */
export async function fileSupportRequest(options: { user: SessionUser; integrationSlug: string; message: string }): Promise<{ id: string }> {
  const [integration] = await db
    .select({ id: integrations.id, providerType: integrations.providerType })
    .from(integrations)
    .where(eq(integrations.slug, options.integrationSlug));
  if (!integration || integration.providerType !== "first_party") throw new AppError("not_found", "integration not found");
  const [row] = await db
    .insert(supportRequests)
    .values({ organizationId: options.user.organizationId, integrationId: integration.id, userId: options.user.id, message: options.message })
    .returning({ id: supportRequests.id });
  await recordAuditEvent({
    organizationId: options.user.organizationId,
    actor: { type: "user", id: options.user.id, label: options.user.email },
    action: "support_request.filed",
    targetType: "support_request",
    targetId: row.id,
  });
  return row;
}
