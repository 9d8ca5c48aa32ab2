import type { AlertKind, OrderStatus } from "@/lib/db/generated/enums";
import type { NotificationEffect } from "@/lib/notifications/notification-effects";

/**
 * Which alert, if any, a notification calls for, read from its effect on the order.
 * A backorder alert asks for a decision, so it goes out only while the order really waits
 * for one; an FOC alert only when the notification carries the date, and for a change to
 * the port (904) only when the date moved: a supplement that changes only the customer
 * type brings the same date back, and nobody needs that mail twice. Without
 * `focDateBefore` (not known yet) the answer is the most a notification could call for.
 */
export function alertKindFor(
  effect: NotificationEffect | null,
  facts: { orderStatus: OrderStatus; focDate?: Date; focDateBefore?: Date | null },
): AlertKind | null {
  switch (effect?.kind) {
    case "approval_needed":
      return facts.orderStatus === "awaiting_approval" ? "backorder_waiting" : null;
    case "end":
      return effect.status === "rejected" ? "rejection" : null;
    case "child_refused":
      return "rejection";
    case "foc_scheduled":
      return facts.focDate ? "foc_scheduled" : null;
    case "port_updated":
      return facts.focDate && facts.focDate.getTime() !== facts.focDateBefore?.getTime() ? "foc_scheduled" : null;
    default:
      return null;
  }
}
