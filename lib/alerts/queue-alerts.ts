import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AlertKind, OrderType } from "@/lib/db/generated/enums";
import type { AppliedNotification } from "@/lib/notifications/ingest-notification";
import { alertKindFor } from "./alert-kind-for";
import { composeAlertMail, type AlertMail } from "./compose-alert-mail";
import { portalUrl } from "./portal-url";

interface Recipient {
  userId: string;
  email: string;
}

/**
 * Writes the alert mails a notification calls for into the outbox, in the ingestion's
 * own transaction, so a notification is never applied without its alerts or alerted twice.
 * One mail per recipient, so nobody sees another's address; the dedupe key makes a
 * redelivered or replayed notification mail nobody a second time.
 */
export async function queueAlertsForNotification(tx: Prisma.TransactionClient, applied: AppliedNotification): Promise<void> {
  const { order, notification: n, effect } = applied;
  const kind = alertKindFor(effect, { orderStatus: order.status, focDate: n.focDate, focDateBefore: applied.focDateBefore });
  if (!kind || !effect) return;

  const recipients = await subscribersWhoSeeOrder(tx, applied.organizationId, kind, order.subAccountId);
  if (recipients.length === 0) return;

  const details = await tx.order.findUniqueOrThrow({
    where: { id: order.id },
    select: {
      voiceOrderId: true,
      externalOrderId: true,
      approvalDeadline: true,
      availableQuantity: true,
      organization: { select: { name: true, slug: true } },
      numbers: { select: { telephoneNumber: { select: { tn: true } } }, orderBy: { telephoneNumber: { tn: "asc" } } },
    },
  });
  const slug = details.organization.slug;
  const mail = composeAlertMail({
    kind,
    organizationName: details.organization.name,
    // Ingestion reads the type as text while it locks the row.
    orderType: order.type as OrderType,
    voiceOrderId: details.voiceOrderId,
    externalOrderId: details.externalOrderId,
    orderUrl: portalUrl(`/${slug}/orders/${order.id}`),
    preferencesUrl: portalUrl(`/${slug}/alerts`),
    code: n.notificationCode,
    summary: effect.summary,
    lumenMessage: n.notificationMessage,
    refusedOrderType: effect.kind === "child_refused" ? effect.childType : undefined,
    rateCenter: n.rateCenter ? { name: n.rateCenter, state: n.state } : undefined,
    approvalDeadline: details.approvalDeadline,
    availableQuantity: details.availableQuantity,
    // Lumen gives a port one FOC date today, so every number of the order shares it.
    numberFocDates: n.focDate ? details.numbers.map(({ telephoneNumber }) => ({ tn: telephoneNumber.tn, focDate: n.focDate! })) : [],
    focDate: n.focDate,
  });

  await writeAlertMails(tx, applied.organizationId, recipients, mail, (recipient) => `${applied.notificationId}:${recipient.userId}`);
}

/**
 * Mails the subscribers who may see it that an order never reached Lumen: the stuck-order
 * sweep asked Lumen about an order whose answer was lost, and Lumen does not have it.
 * Nobody was watching when that came out, unlike a refusal at the wizard or "Check with
 * Lumen". Written in the transaction that records the order as not placed (refreshOrder's
 * `whenNotPlaced`), so the two are kept together or not at all; once per order and person
 * (the dedupe key), however often it is asked. Returns the mails written.
 */
export async function queueNotPlacedAlert(orderId: string, tx: Prisma.TransactionClient = db()): Promise<number> {
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      organizationId: true,
      subAccountId: true,
      type: true,
      status: true,
      voiceOrderId: true,
      externalOrderId: true,
      statusReason: true,
      organization: { select: { name: true, slug: true } },
    },
  });
  if (order?.status !== "failed") return 0;
  const recipients = await subscribersWhoSeeOrder(tx, order.organizationId, "not_placed", order.subAccountId);
  if (recipients.length === 0) return 0;
  const { slug, name } = order.organization;
  const mail = composeAlertMail({
    kind: "not_placed",
    organizationName: name,
    orderType: order.type,
    voiceOrderId: order.voiceOrderId,
    externalOrderId: order.externalOrderId,
    orderUrl: portalUrl(`/${slug}/orders/${order.id}`),
    preferencesUrl: portalUrl(`/${slug}/alerts`),
    code: null,
    summary: order.statusReason ?? "Lumen does not have the order.",
    lumenMessage: null,
    approvalDeadline: null,
    availableQuantity: null,
    numberFocDates: [],
  });
  return writeAlertMails(tx, order.organizationId, recipients, mail, (recipient) => `not-placed:${order.id}:${recipient.userId}`);
}

/**
 * One mail per recipient into the outbox, so nobody sees another's address; a mail whose
 * dedupe key is already there (the same reason, the same person) is not written again.
 * Returns the mails written.
 */
async function writeAlertMails(
  tx: Prisma.TransactionClient,
  organizationId: string,
  recipients: Recipient[],
  mail: AlertMail,
  dedupeKeyOf: (recipient: Recipient) => string,
): Promise<number> {
  const { count } = await tx.outboxMail.createMany({
    data: recipients.map((recipient) => ({
      organizationId,
      dedupeKey: dedupeKeyOf(recipient),
      toAddress: recipient.email,
      subject: mail.subject,
      textBody: mail.text,
    })),
    skipDuplicates: true,
  });
  return count;
}

/**
 * Users subscribed to `kind` in the organization whose membership may see the order: the
 * partner's staff see every order; a reseller's user only its own sub-account's, and not
 * while that sub-account is suspended.
 */
async function subscribersWhoSeeOrder(
  tx: Prisma.TransactionClient,
  organizationId: string,
  kind: AlertKind,
  orderSubAccountId: string | null,
): Promise<Recipient[]> {
  return tx.$queryRaw<Recipient[]>`
    SELECT u."id" AS "userId", u."email"
    FROM "AlertSubscription" a
    JOIN "Membership" m ON m."userId" = a."userId" AND m."organizationId" = a."organizationId"
    JOIN "User" u ON u."id" = a."userId"
    LEFT JOIN "SubAccount" s ON s."id" = m."subAccountId"
    WHERE a."organizationId" = ${organizationId} AND a."kind" = ${kind}::"AlertKind"
      AND (m."subAccountId" IS NULL OR (m."subAccountId" = ${orderSubAccountId} AND s."suspendedAt" IS NULL))
    ORDER BY u."email"`;
}
