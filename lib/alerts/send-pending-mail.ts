import "server-only";
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { mailSettings, type MailSettings } from "./mail-settings";

// Sends what the outbox holds, when SMTP is configured. Each batch is locked with
// FOR UPDATE SKIP LOCKED inside one transaction and marked before it commits, so
// several portal instances running this together never send one mail twice.

/** After this many failed attempts a mail stays in the outbox with its last error, for an admin to read. */
export const MAX_SEND_ATTEMPTS = 8;
const BATCH_SIZE = 25;
/** Bounds one call, so a recurring job's run ends even with a long queue. */
const MAX_BATCHES = 20;
/** The first retry waits a minute; each later one twice as long as the one before. */
const FIRST_RETRY_SECONDS = 60;
const SMTP_TIMEOUT_MS = 10_000;

type Mailer = nodemailer.Transporter<SMTPTransport.SentMessageInfo, SMTPTransport.Options>;

interface SendFailure {
  message: string;
  /** The server could not be reached or refused the sign-in: every mail would fail alike. */
  ofServer: boolean;
}

interface PendingMail {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
}

export async function sendPendingMail(): Promise<{ sent: number; failed: number }> {
  const settings = mailSettings();
  const totals = { sent: 0, failed: 0 };
  if (!settings) return totals;

  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  try {
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const result = await sendBatch(transport, settings);
      totals.sent += result.sent;
      totals.failed += result.failed;
      // A short batch emptied the queue; a failing one says the server is in trouble, so the rest waits for the next run.
      if (result.sent + result.failed < BATCH_SIZE || result.failed > 0) break;
    }
  } finally {
    transport.close();
  }
  if (totals.sent + totals.failed > 0) logger.info(totals, "outbox mail sent");
  return totals;
}

async function sendBatch(transport: Mailer, settings: MailSettings) {
  const result = { sent: 0, failed: 0 };
  await db().$transaction(
    async (tx) => {
      // Unsent, not given up on, and past its back-off: the retry after `attempts` failures
      // is due FIRST_RETRY_SECONDS × (2^attempts − 1) after the mail was written.
      const due = await tx.$queryRaw<PendingMail[]>`
        SELECT "id", "toAddress", "subject", "textBody"
        FROM "OutboxMail"
        WHERE "sentAt" IS NULL AND "attempts" < ${MAX_SEND_ATTEMPTS}
          AND "createdAt" <= now() - make_interval(secs => ${FIRST_RETRY_SECONDS} * (power(2, "attempts") - 1))
        ORDER BY "createdAt"
        LIMIT ${BATCH_SIZE}
        FOR UPDATE SKIP LOCKED`;
      // Once the server itself cannot be reached or refuses us, the rest of the batch fails
      // with the same error instead of each waiting for its own time-out.
      let serverProblem: string | null = null;
      for (const mail of due) {
        const failure: SendFailure | null = serverProblem ? { message: serverProblem, ofServer: true } : await trySend(transport, settings, mail);
        if (!failure) {
          await tx.outboxMail.update({ where: { id: mail.id }, data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
          result.sent++;
          continue;
        }
        if (failure.ofServer) serverProblem = failure.message;
        await tx.outboxMail.update({ where: { id: mail.id }, data: { attempts: { increment: 1 }, lastError: failure.message } });
        logger.warn({ mailId: mail.id, error: failure.message }, "outbox mail not sent");
        result.failed++;
      }
    },
    // The rows stay locked while the batch goes out: long enough for each mail to time out once.
    { timeout: BATCH_SIZE * SMTP_TIMEOUT_MS + 10_000 },
  );
  return result;
}

/** nodemailer's codes for a failure of the connection or the sign-in rather than of one mail. */
const SERVER_PROBLEMS = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ETLS", "EAUTH", "EREQUIRETLS"]);

/** Null when the server took the mail; else the failure in words for the outbox page, without SMTP_URL's password. */
async function trySend(
  transport: Mailer,
  settings: MailSettings,
  mail: PendingMail,
): Promise<SendFailure | null> {
  try {
    await transport.sendMail({ from: settings.from, to: mail.toAddress, subject: mail.subject, text: mail.textBody });
    return null;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const password = decodeURIComponent(new URL(settings.smtpUrl).password);
    const message = (password ? raw.replaceAll(password, "[redacted]") : raw).slice(0, 500);
    const code = typeof error === "object" && error !== null ? String((error as { code?: unknown }).code) : "";
    return { message, ofServer: SERVER_PROBLEMS.has(code) };
  }
}
