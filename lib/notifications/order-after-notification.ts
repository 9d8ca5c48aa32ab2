import type { NotificationOutcome, OrderStatus } from "@/lib/db/generated/enums";
import { FINAL_STATUSES } from "@/lib/orders/lumen-status";
import type { IncomingNotification } from "./incoming-notification";
import { APPROVAL_WINDOW_MS, STATUS_RANK, availableQuantityOf, effectOf, type NotificationEffect } from "./notification-effects";

// What one notification does to its order, worked out in memory: ingestion applies a
// notification alone or many in a row (a group of arrivals, see ingest-group.ts) with the
// same rules, then writes the order's new state.

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

/** Every column of an order a notification may change, as read under its lock. */
export type OrderState = LockedOrder & {
  lumenCode: number | null;
  lumenMessage: string | null;
  statusReason: string | null;
  completedAt: Date | null;
  approvalDeadline: Date | null;
  availableQuantity: number | null;
};

/** The columns of OrderState, for the statements that lock an order. */
export const ORDER_STATE_COLUMNS = `"id", "organizationId", "subAccountId", "type"::text AS "type", "productId", "status"::text AS "status", "lastNotificationAt",
  "focDate", "lumenCode", "lumenMessage", "statusReason", "completedAt", "approvalDeadline", "availableQuantity"`;

export interface TimelineEntry {
  id: string;
  orderId: string;
  status: OrderStatus | null;
  lumenCode: number;
  message: string;
  /** JSON text. */
  data: string;
  createdAt: Date;
}

export interface NotificationApplied {
  outcome: NotificationOutcome;
  effect: NotificationEffect | null;
  /** The status the notification moved the order to, or null. */
  next: OrderStatus | null;
  order: OrderState;
  /** The order's FOC date before the notification, to tell a moved date from a repeated one. */
  focDateBefore: Date | null;
  event: TimelineEntry;
}

export function orderAfterNotification(order: OrderState, notificationId: string, n: IncomingNotification, eventId: string): NotificationApplied {
  const effect = effectOf(n.notificationCode, Boolean(n.rateCenter));
  const outcome: NotificationOutcome = effect ? "applied" : "unknown_code";
  const at = n.lumenCreatedAt ?? new Date();
  const next = effect ? nextStatus(order, effect, at) : null;
  const after: OrderState = { ...order, lastNotificationAt: order.lastNotificationAt && order.lastNotificationAt > at ? order.lastNotificationAt : at };
  if (next) {
    after.status = next;
    after.lumenCode = n.notificationCode;
    after.lumenMessage = n.notificationMessage;
    after.statusReason = effect && (effect.kind === "end" || effect.kind === "note" || effect.kind === "approval_needed") ? effect.summary : null;
    if (FINAL_STATUSES.has(next)) after.completedAt = at;
  } else if (effect?.kind === "note") {
    after.statusReason = effect.summary;
  }
  // The latest word on the FOC date wins: a 903 polled after a 904 moved the date is old news.
  const newest = !order.lastNotificationAt || at >= order.lastNotificationAt;
  if (newest && n.focDate && (effect?.kind === "foc_scheduled" || effect?.kind === "port_updated")) after.focDate = n.focDate;
  if (effect?.kind === "approval_needed" && next) {
    after.approvalDeadline = new Date(at.getTime() + APPROVAL_WINDOW_MS);
    after.availableQuantity = availableQuantityOf(n.notificationMessage);
  }
  const data = {
    notificationId,
    ...(n.rateCenter && { rateCenter: n.rateCenter, state: n.state }),
    ...(n.focDate && { focDate: n.focDate.toISOString() }),
  };
  const message = effect?.summary ?? `Lumen sent code ${n.notificationCode}, which the guide does not list: ${n.notificationMessage}`;
  const event = { id: eventId, orderId: order.id, status: next, lumenCode: n.notificationCode, message, data: JSON.stringify(data), createdAt: at };
  return { outcome, effect, next, order: after, focDateBefore: order.focDate, event };
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
