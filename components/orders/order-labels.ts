import type { OrderStatus } from "@/lib/db/generated/enums";
import { ORDER_TYPE_LABELS } from "@/lib/orders/order-type-labels";
import { FINAL_STATUSES } from "@/lib/orders/lumen-status";

// The words and colours the portal uses for orders, shared by the list, the detail page
// and the filter bar, so a status reads the same everywhere.

export { ORDER_TYPE_LABELS };

export const PRODUCT_LABELS: Record<string, { short: string; long: string }> = {
  "2036": { short: "LI", long: "Local Inbound (2036)" },
  "2042": { short: "ELS", long: "Enhanced Local Service (2042)" },
};

export type StatusTone = "neutral" | "info" | "progress" | "attention" | "success" | "danger";

export interface StatusInfo {
  label: string;
  /** One sentence a user understands: what the status means for them. */
  meaning: string;
  tone: StatusTone;
}

export const ORDER_STATUS_INFO: Record<OrderStatus, StatusInfo> = {
  submitting: { label: "Submitting", meaning: "Being sent to Lumen right now.", tone: "info" },
  unconfirmed: {
    label: "Unconfirmed",
    meaning: "Lumen has not confirmed receipt; check with Lumen before placing it again.",
    tone: "attention",
  },
  accepted: { label: "Accepted", meaning: "Lumen has the order and will start work on it.", tone: "info" },
  in_progress: { label: "In progress", meaning: "Lumen is working on the order.", tone: "progress" },
  awaiting_approval: {
    label: "Awaiting approval",
    meaning: "A backorder waits for your approval; it expires after 4 hours.",
    tone: "attention",
  },
  completed: { label: "Completed", meaning: "Done: the numbers are in their new state.", tone: "success" },
  rejected: { label: "Rejected", meaning: "Lumen refused the order; nothing changed.", tone: "danger" },
  failed: { label: "Failed", meaning: "The order did not reach Lumen; nothing was placed.", tone: "danger" },
  cancelled: { label: "Cancelled", meaning: "Cancelled before it completed.", tone: "neutral" },
};

/** Nothing more will happen to the order: no polling, no "Check with Lumen". */
export function isFinalStatus(status: OrderStatus): boolean {
  return FINAL_STATUSES.has(status);
}
