import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { NotificationOutcome, OrderStatus } from "@/lib/db/generated/enums";
import { queueAlertsForNotification } from "@/lib/alerts/queue-alerts";
import { FINAL_STATUSES } from "@/lib/orders/lumen-status";
import { numberStatusAfter, setLinkedNumbersStatus } from "@/lib/orders/record-order-outcome";
import { notificationDedupeKey, type IncomingNotification, type NotificationSourceName } from "./incoming-notification";
import { APPROVAL_WINDOW_MS, STATUS_RANK, availableQuantityOf, effectOf, type NotificationEffect } from "./notification-effects";

// The one way a notification enters the portal, whichever channel brought it (webhook,
// poll, an admin's replay). The row is written and the order moved in one transaction:
// a notification is either stored and applied, or neither. A second arrival of the same
// notification finds its key taken, counts the delivery and changes nothing else.

export interface IngestInput {
  organizationId: string;
  source: NotificationSourceName;
  rawBody: string;
  notification: IncomingNotification;
}

export interface IngestResult {
  notificationId: string;
  duplicate: boolean;
  outcome: NotificationOutcome;
  orderId: string | null;
  /** A reservation completed: its numbers are now in Lumen's reserved inventory. */
  reservationCompleted: boolean;
}

export interface AppliedNotification {
  notificationId: string;
  organizationId: string;
  order: LockedOrder;
  notification: IncomingNotification;
  effect: NotificationEffect | null;
}

/**
 * A burst of deliveries queues for the connection pool; waiting in line beats answering
 * 500 after Prisma's default two seconds and having Lumen deliver everything again.
 */
const BURST_TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

export async function ingestNotification(input: IngestInput): Promise<IngestResult> {
  const n = input.notification;
  const dedupeKey = notificationDedupeKey(n);
  return db().$transaction(async (tx) => {
    const id = `ntf_${randomUUID()}`;
    // Stored and, when it is new, its order locked in the same round trip.
    const [arrival] = await tx.$queryRaw<Array<{ notificationId: string } & { [K in keyof LockedOrder]: LockedOrder[K] | null }>>`
      WITH "inserted" AS (
        INSERT INTO "Notification" ("id", "organizationId", "source", "dedupeKey", "rawBody", "customerNumber", "voiceOrderId",
          "notificationCode", "notificationMessage", "rateCenter", "state", "focDate", "lumenCreatedAt", "outcome")
        VALUES (${id}, ${input.organizationId}, ${input.source}::"NotificationSource", ${dedupeKey}, ${input.rawBody}, ${n.customerNumber},
          ${n.voiceOrderId}, ${n.notificationCode}, ${n.notificationMessage}, ${n.rateCenter ?? null}, ${n.state ?? null},
          ${n.focDate ?? null}, ${n.lumenCreatedAt ?? null}, 'unmatched')
        ON CONFLICT ("organizationId", "dedupeKey") DO NOTHING
        RETURNING "id")
      SELECT "inserted"."id" AS "notificationId", "order".*
      FROM "inserted" LEFT JOIN LATERAL (${selectOrderForUpdate(input.organizationId, n.voiceOrderId)}) AS "order" ON true`;
    if (!arrival) {
      const [existing] = await tx.$queryRaw<Array<{ id: string; outcome: NotificationOutcome; orderId: string | null }>>`
        UPDATE "Notification" SET "deliveries" = "deliveries" + 1, "lastReceivedAt" = now()
        WHERE "organizationId" = ${input.organizationId} AND "dedupeKey" = ${dedupeKey}
        RETURNING "id", "outcome", "orderId"`;
      return { notificationId: existing!.id, duplicate: true, outcome: existing!.outcome, orderId: existing!.orderId, reservationCompleted: false };
    }
    const { notificationId, ...order } = arrival;
    return { ...(await applyNotification(tx, notificationId, input.organizationId, n, { order: order.id === null ? null : (order as LockedOrder) })), duplicate: false };
  }, BURST_TRANSACTION_OPTIONS);
}

/** A body that is not a PartnerNotification we can read: kept as it came, for inspection. */
export async function recordMalformedNotification(input: {
  organizationId: string;
  source: NotificationSourceName;
  rawBody: string;
  error: string;
}): Promise<{ notificationId: string }> {
  const row = await db().notification.create({
    data: {
      organizationId: input.organizationId,
      source: input.source,
      // Each malformed body is kept, even twice: there is nothing to tell them apart by.
      dedupeKey: `malformed:${randomUUID()}`,
      rawBody: input.rawBody,
      outcome: "malformed",
      error: input.error.slice(0, 1000),
    },
    select: { id: true },
  });
  return { notificationId: row.id };
}

/**
 * Runs a stored notification through ingestion again: an unmatched one whose order has
 * become known, or any one an admin replays. Applying twice is harmless: a status only
 * moves forward and a timeline entry for the same notification is not repeated.
 */
export async function reapplyNotification(organizationId: string, notificationId: string): Promise<Omit<IngestResult, "duplicate">> {
  return db().$transaction(async (tx) => {
    const row = await tx.notification.findFirstOrThrow({ where: { id: notificationId, organizationId } });
    if (row.outcome === "malformed" || row.voiceOrderId === null || row.notificationCode === null || row.customerNumber === null) {
      return { notificationId, outcome: row.outcome, orderId: row.orderId, reservationCompleted: false };
    }
    return applyNotification(tx, notificationId, organizationId, {
      customerNumber: row.customerNumber,
      voiceOrderId: row.voiceOrderId,
      notificationCode: row.notificationCode,
      notificationMessage: row.notificationMessage ?? "",
      rateCenter: row.rateCenter ?? undefined,
      state: row.state ?? undefined,
      focDate: row.focDate ?? undefined,
      lumenCreatedAt: row.lumenCreatedAt ?? undefined,
    });
  });
}

/** Notifications that arrived before their order's voiceOrderId was known (an answer lost in transit). */
export async function applyWaitingNotifications(organizationId: string, voiceOrderId: string): Promise<number> {
  const waiting = await db().notification.findMany({
    where: { organizationId, voiceOrderId, outcome: "unmatched" },
    orderBy: [{ lumenCreatedAt: "asc" }, { receivedAt: "asc" }],
    select: { id: true },
  });
  for (const { id } of waiting) await reapplyNotification(organizationId, id);
  return waiting.length;
}

export type LockedOrder = {
  id: string;
  organizationId: string;
  subAccountId: string | null;
  type: string;
  productId: string | null;
  status: OrderStatus;
  lastNotificationAt: Date | null;
  focDate: Date | null;
};

/**
 * The order the voice order number names; supplements, cancels and approvals of it carry
 * the same number, so the order placed first (no parent) is the one that moves. Locked, so
 * two notifications about one order apply one after the other.
 */
function selectOrderForUpdate(organizationId: string, voiceOrderId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT "id", "organizationId", "subAccountId", "type"::text AS "type", "productId", "status", "lastNotificationAt", "focDate"
    FROM "Order"
    WHERE "organizationId" = ${organizationId} AND "voiceOrderId" = ${voiceOrderId} AND "parentOrderId" IS NULL
    ORDER BY "createdAt" LIMIT 1
    FOR UPDATE`;
}

async function applyNotification(
  tx: Prisma.TransactionClient,
  notificationId: string,
  organizationId: string,
  n: IncomingNotification,
  /** A first arrival: its order was locked (or found missing) as it was stored. */
  firstArrival?: { order: LockedOrder | null },
): Promise<Omit<IngestResult, "duplicate">> {
  const order = firstArrival ? firstArrival.order : (await tx.$queryRaw<LockedOrder[]>(selectOrderForUpdate(organizationId, n.voiceOrderId)))[0];
  if (!order) {
    // A first arrival was inserted as unmatched already.
    if (!firstArrival) await tx.notification.update({ where: { id: notificationId }, data: { outcome: "unmatched" } });
    return { notificationId, outcome: "unmatched", orderId: null, reservationCompleted: false };
  }

  const effect = effectOf(n.notificationCode, Boolean(n.rateCenter));
  const outcome: NotificationOutcome = effect ? "applied" : "unknown_code";
  const markNotification = Prisma.sql`
    UPDATE "Notification" SET "outcome" = ${outcome}::"NotificationOutcome", "orderId" = ${order.id}, "subAccountId" = ${order.subAccountId}
    WHERE "id" = ${notificationId}`;

  // Only a notification applied before (a replay) can be on the timeline already.
  if (!firstArrival) {
    const alreadyOnTimeline = await tx.orderEvent.count({ where: { orderId: order.id, kind: "notification", data: { path: ["notificationId"], equals: notificationId } } });
    if (alreadyOnTimeline > 0) {
      await tx.$executeRaw(markNotification);
      return { notificationId, outcome, orderId: order.id, reservationCompleted: false };
    }
  }

  const at = n.lumenCreatedAt ?? new Date();
  const next = effect ? nextStatus(order, effect, at) : null;
  const update: Prisma.Sql[] = [
    Prisma.sql`"lastNotificationAt" = ${order.lastNotificationAt && order.lastNotificationAt > at ? order.lastNotificationAt : at}`,
    Prisma.sql`"updatedAt" = now()`,
  ];
  if (next) {
    const statusReason = effect && (effect.kind === "end" || effect.kind === "note" || effect.kind === "approval_needed") ? effect.summary : null;
    update.push(
      Prisma.sql`"status" = ${next}::"OrderStatus"`,
      Prisma.sql`"lumenCode" = ${n.notificationCode}`,
      Prisma.sql`"lumenMessage" = ${n.notificationMessage}`,
      Prisma.sql`"statusReason" = ${statusReason}`,
    );
    if (FINAL_STATUSES.has(next)) update.push(Prisma.sql`"completedAt" = ${at}`);
  } else if (effect?.kind === "note") {
    update.push(Prisma.sql`"statusReason" = ${effect.summary}`);
  }
  // The latest word on the FOC date wins: a 903 polled after a 904 moved the date is old news.
  const newest = !order.lastNotificationAt || at >= order.lastNotificationAt;
  if (newest && n.focDate && (effect?.kind === "foc_scheduled" || effect?.kind === "port_updated")) update.push(Prisma.sql`"focDate" = ${n.focDate}`);
  if (effect?.kind === "approval_needed" && next) {
    update.push(
      Prisma.sql`"approvalDeadline" = ${new Date(at.getTime() + APPROVAL_WINDOW_MS)}`,
      Prisma.sql`"availableQuantity" = ${availableQuantityOf(n.notificationMessage)}`,
    );
  }
  const eventData = {
    notificationId,
    ...(n.rateCenter && { rateCenter: n.rateCenter, state: n.state }),
    ...(n.focDate && { focDate: n.focDate.toISOString() }),
  };
  const message = effect?.summary ?? `Lumen sent code ${n.notificationCode}, which the guide does not list: ${n.notificationMessage}`;
  // The notification's outcome, the order and its timeline in one statement: ingestion
  // runs once per notification, and each round trip to the database counts.
  await tx.$executeRaw`
    WITH "notification" AS (${markNotification}),
      "order" AS (UPDATE "Order" SET ${Prisma.join(update, ", ")} WHERE "id" = ${order.id})
    INSERT INTO "OrderEvent" ("id", "orderId", "kind", "status", "lumenCode", "message", "data", "createdAt")
    VALUES (${`oev_${randomUUID()}`}, ${order.id}, 'notification', ${next}::"OrderStatus", ${n.notificationCode}, ${message}, ${JSON.stringify(eventData)}::jsonb, ${at})`;

  if (next) {
    const numbersStatus = numberStatusAfter(order.type, next);
    if (numbersStatus && order.type !== "reserve") await setLinkedNumbersStatus(tx, order.id, numbersStatus);
  }
  await settleChildOrders(tx, order.id, effect, n);
  const applied = { notificationId, organizationId, order: { ...order, status: next ?? order.status }, notification: n, effect };
  // Alerts go into the outbox in this transaction: applied and alerted, or neither.
  await queueAlertsForNotification(tx, applied);
  return { notificationId, outcome, orderId: order.id, reservationCompleted: order.type === "reserve" && next === "completed" };
}

/**
 * The status a notification moves the order to, or null to leave it. Finished orders
 * stay finished, except that Lumen's own completion (10002) of the whole order wins over
 * a backorder that ended short. A notification older than one already applied, or of a
 * lower rank at the same instant, does not move the order back.
 */
function nextStatus(order: LockedOrder, effect: NotificationEffect, at: Date): OrderStatus | null {
  const target = targetStatus(effect);
  if (!target || target === order.status) return null;
  if (FINAL_STATUSES.has(order.status)) {
    const completesShortBackorder = order.status === "cancelled" && target === "completed";
    return completesShortBackorder ? target : null;
  }
  const last = order.lastNotificationAt?.getTime() ?? -Infinity;
  if (at.getTime() < last) return null;
  if (at.getTime() === last && STATUS_RANK[target] < STATUS_RANK[order.status]) return null;
  return target;
}

function targetStatus(effect: NotificationEffect): OrderStatus | null {
  switch (effect.kind) {
    case "progress":
    case "foc_scheduled":
    case "port_updated":
      return "in_progress";
    case "complete":
      return "completed";
    case "approval_needed":
      return "awaiting_approval";
    case "end":
      return effect.status;
    default:
      return null;
  }
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
