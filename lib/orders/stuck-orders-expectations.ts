import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import { addBusinessDays, startOfUtcDay } from "@/lib/lumen/business-days";
import { OPEN_STATUSES, WORKING_STATUSES } from "./lumen-status";

// What an open order should have heard by now. One row per expectation: which orders it
// covers, what should have happened, and the instant after which silence is a gap. The
// ledger (stuck-orders.ts) lists every open order whose expectation is overdue.

export interface OrderUnderWatch {
  type: OrderType;
  status: OrderStatus;
  createdAt: Date;
  lastNotificationAt: Date | null;
  focDate: Date | null;
  approvalDeadline: Date | null;
  /** The request as sent (a disconnect's customerRequestDate lives here). */
  request: unknown;
}

export type ExpectationKey =
  | "answer_recorded"
  | "approval_settled"
  | "reservation_completed"
  | "install_completed"
  | "port_foc_set"
  | "port_completed"
  | "disconnect_completed";

export interface Expectation {
  key: ExpectationKey;
  /** What should have happened, in the words the stuck-orders page shows. */
  expected: string;
  /** When silence became a gap, or null when the expectation does not cover this order. */
  overdueAt(order: OrderUnderWatch): Date | null;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const endOfUtcDay = (date: Date) => new Date(startOfUtcDay(date).getTime() + DAY_MS);

export const EXPECTATIONS: readonly Expectation[] = [
  {
    key: "answer_recorded",
    expected: "Lumen's answer to the request recorded",
    // Our choice. The row is written before the request leaves and the answer recorded
    // right after; the client gives up on Lumen within seconds. Still submitting or
    // unconfirmed after 5 minutes means the portal stopped between writing and sending,
    // or lost the answer: "Check with Lumen" on the order settles it.
    overdueAt: (order) =>
      order.status === "submitting" || order.status === "unconfirmed" ? new Date(order.createdAt.getTime() + 5 * MINUTE_MS) : null,
  },
  {
    key: "approval_settled",
    expected: "The backorder approved, or Lumen's cancellation (10013) once the 4 hours ran out",
    // The guide: Lumen waits 4 hours for customerApproval, then cancels the backorder
    // (10013) or rejects a late approval (1921). Past the deadline either has happened at
    // Lumen, so an order still awaiting approval has missed a notification.
    overdueAt: (order) => (order.status === "awaiting_approval" ? order.approvalDeadline : null),
  },
  {
    key: "reservation_completed",
    expected: "Completion (10002) or a backorder decision (10001)",
    // Our choice: the guide gives no time, and reservations from stock complete within
    // minutes. Measured from the latest notification, because a backorder being filled
    // reports along the way (10006): an hour of silence is the gap.
    overdueAt: (order) =>
      order.type === "reserve" && WORKING_STATUSES.has(order.status)
        ? new Date((order.lastNotificationAt ?? order.createdAt).getTime() + HOUR_MS)
        : null,
  },
  {
    key: "install_completed",
    expected: "Installed (902)",
    // Our choice: the guide gives no time for an install; Lumen automates it and it
    // completes within minutes, so an hour after acceptance without 902 is a gap.
    overdueAt: (order) => (order.type === "install" && WORKING_STATUSES.has(order.status) ? new Date(order.createdAt.getTime() + HOUR_MS) : null),
  },
  {
    key: "port_foc_set",
    expected: "An FOC date (903)",
    // Our choice, after the usual LNP practice: the losing carrier confirms within a few
    // business days, and Lumen then reports the firm order commitment with 903. Three
    // business days after acceptance without one is a gap.
    overdueAt: (order) =>
      order.type === "port" && WORKING_STATUSES.has(order.status) && order.focDate === null ? addBusinessDays(order.createdAt, 3) : null,
  },
  {
    key: "port_completed",
    expected: "The port completed (10002) on its FOC date",
    // The cut-over happens on the FOC date; we allow until the end of the next business
    // day for Lumen's completion, since ports may be cancelled up to one business day
    // around FOC (20066) and a late-day cut-over reports the next morning.
    overdueAt: (order) =>
      order.type === "port" && OPEN_STATUSES.has(order.status) && order.focDate !== null
        ? endOfUtcDay(addBusinessDays(startOfUtcDay(order.focDate), 1))
        : null,
  },
  {
    key: "disconnect_completed",
    expected: "Disconnected (906) on the requested date",
    // The guide: a disconnect takes effect on its customerRequestDate. By the end of that
    // day (UTC, like Lumen's dates) 906 should have come.
    overdueAt: (order) => {
      if (order.type !== "disconnect" || !WORKING_STATUSES.has(order.status)) return null;
      const requested = requestedDateOf(order.request);
      return requested ? endOfUtcDay(requested) : null;
    },
  },
];

function requestedDateOf(request: unknown): Date | null {
  if (typeof request !== "object" || request === null) return null;
  const value = (request as { customerRequestDate?: unknown }).customerRequestDate;
  if (typeof value !== "string") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The first expectation the order has missed at `now`, with when it became overdue. */
export function missedExpectation(order: OrderUnderWatch, now: Date): { expectation: Expectation; overdueAt: Date } | null {
  for (const expectation of EXPECTATIONS) {
    const overdueAt = expectation.overdueAt(order);
    if (overdueAt && overdueAt.getTime() <= now.getTime()) return { expectation, overdueAt };
  }
  return null;
}
