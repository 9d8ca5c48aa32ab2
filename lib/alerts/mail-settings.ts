import "server-only";
import { portalUrl } from "./portal-url";

export interface MailSettings {
  /** smtp://user:pass@host:587 or smtps://…:465, as nodemailer reads it. */
  smtpUrl: string;
  from: string;
}

/**
 * Where mail goes, from the environment. Without SMTP_URL (the embedded default) the
 * portal sends nothing and its mails stay in the outbox page.
 */
export function mailSettings(): MailSettings | null {
  const smtpUrl = process.env.SMTP_URL?.trim();
  if (!smtpUrl) return null;
  const from = process.env.MAIL_FROM?.trim() || `Voice Portal <no-reply@${new URL(portalUrl("/")).hostname}>`;
  return { smtpUrl, from };
}
