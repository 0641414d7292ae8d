import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { demoRequests, integrations, users } from "@/db/schema";
import { sendMails, type MailTransport } from "@/lib/catalog/send-mail";

/**
 * Tells the integration's owner (the provider's users who work demo requests) about
 * a new request, by email when SMTP_URL is configured; otherwise nothing is sent and
 * the request is still in the Demo requests inbox. Returns how many emails went out.
 */
export async function notifyProviderOfDemoRequest(demoRequestId: string, mailer?: MailTransport | null): Promise<number> {
  const [request] = await db
    .select({
      name: demoRequests.name,
      email: demoRequests.email,
      company: demoRequests.company,
      companySize: demoRequests.companySize,
      phone: demoRequests.phone,
      message: demoRequests.message,
      providerOrganizationId: demoRequests.providerOrganizationId,
      integration: integrations.name,
      supportEmail: integrations.supportEmail,
    })
    .from(demoRequests)
    .innerJoin(integrations, eq(integrations.id, demoRequests.integrationId))
    .where(eq(demoRequests.id, demoRequestId));
  if (!request) return 0;
  const owners = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.organizationId, request.providerOrganizationId), sql`'demo_requests:manage' = any(${users.rights})`));
  const recipients = owners.length ? owners.map((o) => o.email) : request.supportEmail ? [request.supportEmail] : [];
  const text = [
    `New demo request for ${request.integration}`,
    "",
    `Name: ${request.name}`,
    `Email: ${request.email}`,
    `Company: ${request.company} (${request.companySize} employees)`,
    request.phone ? `Phone: ${request.phone}` : null,
    request.message ? `\nMessage:\n${request.message}` : null,
    "",
    "Open the Demo requests inbox in the Marketplace to follow up.",
  ]
    .filter((line) => line !== null)
    .join("\n");
  return sendMails(
    recipients.map((to) => ({ to, subject: `Demo request: ${request.integration} – ${request.company}`.replace(/[\r\n]+/g, " "), text, replyTo: request.email })),
    mailer,
  );
}
