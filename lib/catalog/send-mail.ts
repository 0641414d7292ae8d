import nodemailer from "nodemailer";

/** What sending needs from nodemailer: a transport, or a fake one in tests (no SMTP server runs here). */
export type MailTransport = { sendMail(message: { from: string; to: string; subject: string; text: string; replyTo?: string }): Promise<unknown> };

let transport: MailTransport | null | undefined;

/** The SMTP transport when SMTP_URL is set (e.g. smtp://user:pass@mail.example:587), else null: sending is skipped. */
export function smtpTransport(): MailTransport | null {
  if (transport === undefined) {
    const url = process.env.SMTP_URL;
    transport = url ? nodemailer.createTransport(url) : null;
  }
  return transport;
}

export function mailFrom(): string {
  return process.env.SMTP_FROM || "Marketplace <no-reply@marketplace.invalid>";
}

/** Sends each message; a failure is logged and never breaks the caller. Returns how many went out. */
export async function sendMails(
  messages: { to: string; subject: string; text: string; replyTo?: string }[],
  mailer: MailTransport | null = smtpTransport(),
): Promise<number> {
  if (!mailer) return 0;
  let sent = 0;
  for (const message of messages) {
    try {
      await mailer.sendMail({ from: mailFrom(), ...message });
      sent++;
    } catch (error) {
      console.error(JSON.stringify({ level: "error", msg: "mail not sent", subject: message.subject, err: String(error) }));
    }
  }
  return sent;
}
