import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { MAX_SEND_ATTEMPTS, sendPendingMail } from "./send-pending-mail";
import { startSmtpReceiver, type SmtpReceiver } from "./testing/smtp-receiver";

// Sending the outbox to a real SMTP server on loopback. Other test files may write
// outbox mail into the same database meanwhile, so each test follows its own mails by
// address and counts the rest only as "at least".

let org: Awaited<ReturnType<typeof createTestOrganization>>;
let smtp: SmtpReceiver;

beforeAll(async () => {
  org = await createTestOrganization("outbox-send");
  smtp = await startSmtpReceiver();
});
afterAll(() => smtp.stop());
beforeEach(() => {
  delete process.env.SMTP_URL;
  process.env.MAIL_FROM = "Voice Portal <alerts@portal.example>";
});

async function writeMail(overrides: { attempts?: number; createdAt?: Date } = {}) {
  const toAddress = `to-${randomUUID().slice(0, 8)}@test.example`;
  return testDb.outboxMail.create({
    data: {
      organizationId: org.id,
      dedupeKey: `test:${randomUUID()}`,
      toAddress,
      subject: `Rejected (code 1648): Reserve order VO-${toAddress.slice(3, 11)}`,
      textBody: `Lumen rejected the order.\nOrder page: https://portal.example/${org.slug}/orders/o1\n`,
      ...overrides,
    },
  });
}
const mailRow = (id: string) => testDb.outboxMail.findUniqueOrThrow({ where: { id } });
const receivedBy = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

describe(`sending the outbox (${inject("databaseKind")})`, () => {
  it("sends nothing without SMTP_URL: the mail stays in the outbox", async () => {
    const mail = await writeMail();
    expect(await sendPendingMail()).toEqual({ sent: 0, failed: 0 });
    expect(await mailRow(mail.id)).toMatchObject({ sentAt: null, attempts: 0, lastError: null });
  });

  it("sends a pending mail over SMTP and marks it sent; the next run sends it no more", async () => {
    const mail = await writeMail();
    process.env.SMTP_URL = smtp.url;

    const first = await sendPendingMail();
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const [received] = receivedBy(mail.toAddress);
    expect(receivedBy(mail.toAddress)).toHaveLength(1);
    expect(received!.from).toBe("alerts@portal.example");
    expect(received!.message).toContain(`To: ${mail.toAddress}`);
    expect(received!.message).toContain(`Subject: ${mail.subject}`);
    expect(received!.message).toContain(`https://portal.example/${org.slug}/orders/o1`);
    const sent = await mailRow(mail.id);
    expect(sent.sentAt).not.toBeNull();
    expect(sent).toMatchObject({ attempts: 1, lastError: null });

    await sendPendingMail();
    expect(receivedBy(mail.toAddress)).toHaveLength(1);
    expect(await mailRow(mail.id)).toEqual(sent);
  });

  it("keeps the mail with its error and one attempt while the SMTP server is down, and waits before trying again", async () => {
    const down = await startSmtpReceiver();
    await down.stop();
    const mail = await writeMail();
    process.env.SMTP_URL = down.url;

    expect((await sendPendingMail()).failed).toBeGreaterThanOrEqual(1);
    const failed = await mailRow(mail.id);
    expect(failed).toMatchObject({ sentAt: null, attempts: 1 });
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);

    // The first retry is due a minute after the mail was written, not at once.
    await sendPendingMail();
    expect(await mailRow(mail.id)).toMatchObject({ sentAt: null, attempts: 1 });
  });

  it("retries a failed mail once its back-off has passed, and gives up after the last attempt", async () => {
    const retry = await writeMail({ attempts: 1, createdAt: new Date(Date.now() - 2 * 60_000) });
    const givenUp = await writeMail({ attempts: MAX_SEND_ATTEMPTS, createdAt: new Date(Date.now() - 7 * 24 * 3600_000) });
    process.env.SMTP_URL = smtp.url;

    await sendPendingMail();
    expect(receivedBy(retry.toAddress)).toHaveLength(1);
    expect(await mailRow(retry.id)).toMatchObject({ attempts: 2, lastError: null });
    expect(receivedBy(givenUp.toAddress)).toHaveLength(0);
    expect(await mailRow(givenUp.id)).toMatchObject({ sentAt: null, attempts: MAX_SEND_ATTEMPTS });
  });

  it("sends each mail once when two instances run at the same time", async () => {
    const mails = await Promise.all(Array.from({ length: 6 }, () => writeMail()));
    process.env.SMTP_URL = smtp.url;

    const [a, b] = await Promise.all([sendPendingMail(), sendPendingMail()]);
    expect(a.sent + b.sent).toBeGreaterThanOrEqual(mails.length);
    for (const mail of mails) {
      expect(receivedBy(mail.toAddress)).toHaveLength(1);
      expect((await mailRow(mail.id)).attempts).toBe(1);
    }
  });
});
