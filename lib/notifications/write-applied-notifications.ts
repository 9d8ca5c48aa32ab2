import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { queueAlertsForNotification } from "@/lib/alerts/queue-alerts";
import { numberStatusAfter } from "@/lib/orders/record-order-outcome";
import type { IncomingNotification } from "./incoming-notification";
import { effectOf, type NotificationEffect } from "./notification-effects";
import type { NotificationApplied } from "./order-after-notification";

// Writes what notifications did to their (locked) orders in one statement for all of them:
// the orders' new state, their timeline, the notifications' outcomes and the numbers'
// statuses. Then what needs a look at the database per notification: the orders acting on
// an order (supplements, cancels, approvals) and the alert mails.

export interface AppliedItem {
  notificationId: string;
  organizationId: string;
  notification: IncomingNotification;
  applied: NotificationApplied;
  /** False when nobody in the organization subscribes to the alert the notification could call for. */
  mayAlert: boolean;
}

/**
 * `items` in the order they were applied. Alerts read the order as written, so an order
 * whose notification queues alerts must have no later notification in the same call.
 */
export async function writeAppliedNotifications(tx: Prisma.TransactionClient, items: AppliedItem[]): Promise<void> {
  if (items.length === 0) return;
  // Each order's state after the last of its notifications.
  const orders = [...new Map(items.map((item) => [item.applied.order.id, item.applied.order])).values()];
  const events = items.map((item) => item.applied.event);
  // A number of two orders takes the status the later notification gives it.
  const numbers = items.flatMap((item, sequence) => {
    const { next, order } = item.applied;
    const status = next && order.type !== "reserve" ? numberStatusAfter(order.type, next) : null;
    return status ? [{ orderId: order.id, status, sequence }] : [];
  });
  // One statement, one round trip: the tables differ, so no row is written twice.
  await tx.$executeRaw`
    WITH "orders" AS (
      UPDATE "Order" AS o SET "status" = u."status"::"OrderStatus", "lumenCode" = u."lumenCode", "lumenMessage" = u."lumenMessage",
        "statusReason" = u."statusReason", "completedAt" = u."completedAt", "focDate" = u."focDate", "approvalDeadline" = u."approvalDeadline",
        "availableQuantity" = u."availableQuantity", "lastNotificationAt" = u."lastNotificationAt", "updatedAt" = now()
      FROM unnest(${orders.map((o) => o.id)}::text[], ${orders.map((o) => o.status)}::text[], ${orders.map((o) => o.lumenCode)}::int[],
        ${orders.map((o) => o.lumenMessage)}::text[], ${orders.map((o) => o.statusReason)}::text[], ${timestamps(orders.map((o) => o.completedAt))}::timestamp(3)[],
        ${timestamps(orders.map((o) => o.focDate))}::timestamp(3)[], ${timestamps(orders.map((o) => o.approvalDeadline))}::timestamp(3)[],
        ${orders.map((o) => o.availableQuantity)}::int[], ${timestamps(orders.map((o) => o.lastNotificationAt))}::timestamp(3)[])
        AS u("id", "status", "lumenCode", "lumenMessage", "statusReason", "completedAt", "focDate", "approvalDeadline", "availableQuantity", "lastNotificationAt")
      WHERE o."id" = u."id"),
    "events" AS (
      INSERT INTO "OrderEvent" ("id", "orderId", "kind", "status", "lumenCode", "message", "data", "createdAt")
      SELECT u."id", u."orderId", 'notification'::"OrderEventKind", u."status"::"OrderStatus", u."lumenCode", u."message", u."data"::jsonb, u."createdAt"
      FROM unnest(${events.map((e) => e.id)}::text[], ${events.map((e) => e.orderId)}::text[], ${events.map((e) => e.status)}::text[],
        ${events.map((e) => e.lumenCode)}::int[], ${events.map((e) => e.message)}::text[], ${events.map((e) => e.data)}::text[],
        ${timestamps(events.map((e) => e.createdAt))}::timestamp(3)[]) AS u("id", "orderId", "status", "lumenCode", "message", "data", "createdAt")),
    "outcomes" AS (
      UPDATE "Notification" AS n SET "outcome" = u."outcome"::"NotificationOutcome", "orderId" = u."orderId", "subAccountId" = u."subAccountId"
      FROM unnest(${items.map((i) => i.notificationId)}::text[], ${items.map((i) => i.applied.outcome)}::text[],
        ${items.map((i) => i.applied.order.id)}::text[], ${items.map((i) => i.applied.order.subAccountId)}::text[]) AS u("id", "outcome", "orderId", "subAccountId")
      WHERE n."id" = u."id")
    UPDATE "TelephoneNumber" AS t SET "status" = x."status"::"TelephoneNumberStatus", "updatedAt" = now()
    FROM (
      SELECT DISTINCT ON (otn."telephoneNumberId") otn."telephoneNumberId", u."status"
      FROM unnest(${numbers.map((n) => n.orderId)}::text[], ${numbers.map((n) => n.status)}::text[], ${numbers.map((n) => n.sequence)}::int[])
        AS u("orderId", "status", "sequence")
      JOIN "OrderTelephoneNumber" otn ON otn."orderId" = u."orderId"
      ORDER BY otn."telephoneNumberId", u."sequence" DESC) AS x
    WHERE t."id" = x."telephoneNumberId"`;

  for (const item of items) {
    const { applied, notification: n } = item;
    await settleChildOrders(tx, applied.order.id, applied.effect, n);
    // Alerts go into the outbox in this transaction: applied and alerted, or neither.
    if (item.mayAlert) {
      await queueAlertsForNotification(tx, { notificationId: item.notificationId, organizationId: item.organizationId, order: applied.order, focDateBefore: applied.focDateBefore, notification: n, effect: applied.effect });
    }
  }
}

/** Dates as the database's timestamp(3) text (UTC, as Prisma stores them). */
export function timestamps(dates: Array<Date | null | undefined>): Array<string | null> {
  return dates.map((date) => (date ? date.toISOString().slice(0, -1) : null));
}

/** A supplement takes effect with 904; a refused cancel or approval ends as rejected. */
async function settleChildOrders(tx: Prisma.TransactionClient, orderId: string, effect: NotificationEffect | null, n: IncomingNotification) {
  const settle = async (type: "supplement" | "cancel" | "approval", status: OrderStatus, message: string) => {
    const open = await tx.order.findMany({
      where: { parentOrderId: orderId, type, status: { in: ["accepted", "in_progress", "unconfirmed", "submitting"] } },
      select: { id: true },
    });
    for (const child of open) {
      await tx.order.update({
        where: { id: child.id },
        data: { status, lumenCode: n.notificationCode, lumenMessage: n.notificationMessage, completedAt: new Date(), ...(status === "rejected" && { statusReason: message }) },
      });
      await tx.orderEvent.create({ data: { orderId: child.id, kind: "notification", status, lumenCode: n.notificationCode, message } });
    }
  };
  if (effect?.kind === "port_updated") await settle("supplement", "completed", effect.summary);
  if (effect?.kind === "child_refused") await settle(effect.childType as "cancel" | "approval", "rejected", effect.summary);
  if (n.notificationCode === 1921) await settle("approval", "rejected", effectOf(1921, false)!.summary);
  if (n.notificationCode === 10005) await settle("cancel", "completed", "Lumen cancelled the backorder.");
}
