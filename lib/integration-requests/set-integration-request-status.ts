import { and, eq, isNotNull } from "drizzle-orm";
import { db } from "@/db";
import { integrationRequests, integrationRequestVotes, notifications, users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/current-user";
import { sendMails, type MailTransport } from "@/lib/catalog/send-mail";
import { AppError } from "@/lib/errors";
import type { IntegrationRequestStatus } from "@/lib/validations/integration-requests";
import { isPlatformOrganization } from "./is-platform-organization";

/**
 * The platform (owner of the catalog) moves a request on: under review -> planned -> available.
 * Only users of the platform organization may; for anyone else the request is "not found".
 * On "available", everyone who asked to be notified hears of it: an in-app notice for
 * their organization, and an email when SMTP is configured.
 */
export async function setIntegrationRequestStatus(options: {
  user: SessionUser;
  requestId: string;
  status: IntegrationRequestStatus;
  mailer?: MailTransport | null;
}): Promise<{ notified: number }> {
  if (!(await isPlatformOrganization(options.user.organizationId))) throw new AppError("not_found", "integration request not found");
  const [request] = await db
    .update(integrationRequests)
    .set({ status: options.status, updatedAt: new Date() })
    .where(eq(integrationRequests.id, options.requestId))
    .returning({ id: integrationRequests.id, toolName: integrationRequests.toolName, requesterEmail: integrationRequests.requesterEmail });
  if (!request) throw new AppError("not_found", "integration request not found");
  await recordAuditEvent({
    organizationId: options.user.organizationId,
    actor: { type: "user", id: options.user.id, label: options.user.email },
    action: "integration_request.status_changed",
    targetType: "integration_request",
    targetId: request.id,
    changes: { status: options.status },
  });
  if (options.status !== "available") return { notified: 0 };

  const watchers = await db
    .select({ email: users.email, organizationId: users.organizationId })
    .from(integrationRequestVotes)
    .innerJoin(users, eq(users.id, integrationRequestVotes.userId))
    .where(and(eq(integrationRequestVotes.requestId, request.id), eq(integrationRequestVotes.notify, true), isNotNull(users.email)));
  const orgIds = [...new Set(watchers.map((w) => w.organizationId))];
  if (orgIds.length) {
    await db.insert(notifications).values(
      orgIds.map((organizationId) => ({ organizationId, kind: "integration_request_available", params: { toolName: request.toolName } })),
    );
  }
  const recipients = [...new Set([...watchers.map((w) => w.email), ...(request.requesterEmail ? [request.requesterEmail] : [])])];
  const text = `${request.toolName} is now available in the Marketplace. Thank you for asking for it.`;
  await sendMails(
    recipients.map((to) => ({ to, subject: `${request.toolName} is now available`.replace(/[\r\n]+/g, " "), text })),
    options.mailer,
  );
  return { notified: recipients.length };
}
