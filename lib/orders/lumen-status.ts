import type { OrderStatus as LumenOrderStatus } from "@/lib/lumen/schemas/order-accepted";
import type { OrderStatus } from "@/lib/db/generated/enums";

// Lumen's order statuses ("created, in progress, pending credit check, credit check
// rejected, rejected, cancelled, completed") in the portal's words.
const FROM_LUMEN: Record<LumenOrderStatus, OrderStatus> = {
  CREATED: "accepted",
  IN_PROGRESS: "in_progress",
  PENDING_CREDIT_CHECK: "in_progress",
  CREDIT_REJECTED: "rejected",
  REJECTED: "rejected",
  CANCELLED: "cancelled",
  COMPLETED: "completed",
};

export function portalStatusOf(lumenStatus: LumenOrderStatus): OrderStatus {
  return FROM_LUMEN[lumenStatus];
}

/** Lumen's own status in words, for messages that quote what Lumen reports ("in progress"). */
export function lumenStatusWords(lumenStatus: LumenOrderStatus): string {
  return lumenStatus.toLowerCase().replaceAll("_", " ");
}

/** Lumen's notification that a reservation came back short and waits for customerApproval. */
const BACKORDER_APPROVAL_NEEDED = 10001;

/**
 * An order-status report in the portal's words. Lumen has no status for "waiting for
 * your approval": an open order whose latest notification is 10001 is waiting for it.
 */
export function portalStatusOfReport(report: { status: LumenOrderStatus; lastNotification?: { code: number } }): OrderStatus {
  const status = portalStatusOf(report.status);
  if (FINAL_STATUSES.has(status)) return status;
  return report.lastNotification?.code === BACKORDER_APPROVAL_NEEDED ? "awaiting_approval" : status;
}

// The groups of statuses the portal reasons with, in one place: every status is open or final.

/** Statuses after which nothing more happens to an order. */
export const FINAL_STATUSES: ReadonlySet<OrderStatus> = new Set(["completed", "rejected", "failed", "cancelled"]);

/** Not final: the portal is sending it or asking whether it arrived, or Lumen has it and has not finished. */
export const OPEN_STATUSES: ReadonlySet<OrderStatus> = new Set(["submitting", "unconfirmed", "accepted", "in_progress", "awaiting_approval"]);

/** Lumen has the order and has not finished it, whether it works on it or waits for the partner's approval. */
export const IN_FLIGHT_STATUSES: ReadonlySet<OrderStatus> = new Set(["accepted", "in_progress", "awaiting_approval"]);

/** Lumen has the order and works on it: it waits for nobody but Lumen. */
export const WORKING_STATUSES: ReadonlySet<OrderStatus> = new Set(["accepted", "in_progress"]);

/**
 * Orders that act on another one (an approval, a cancel) are done once Lumen accepts them.
 * The status in Lumen's answer is that of the order acted on, not theirs.
 */
export const DONE_WHEN_ACCEPTED: ReadonlySet<string> = new Set(["approval", "cancel", "port_now"]);
