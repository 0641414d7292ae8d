import nodemailer from "nodemailer";

export type SendMail = (message: { to: string; subject: string; text: string }) => Promise<void>;

const globalForMail = globalThis as unknown as { marketplaceMailer?: { url: string; transport: nodemailer.Transporter } };

/** The SMTP sender when SMTP_URL is set (smtp:// or smtps://), else null: alerts then stay in the app. */
export function sendMail(): SendMail | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  if (globalForMail.marketplaceMailer?.url !== url) {
    globalForMail.marketplaceMailer = { url, transport: nodemailer.createTransport(url) };
  }
  const { transport } = globalForMail.marketplaceMailer;
  const from = process.env.SMTP_FROM ?? "Marketplace <no-reply@marketplace.invalid>";
  return async (message) => {
    await transport.sendMail({ from, ...message });
  };
}
