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

/** Statuses after which nothing more happens to an order. */
export const FINAL_STATUSES: ReadonlySet<OrderStatus> = new Set(["completed", "rejected", "failed", "cancelled"]);
