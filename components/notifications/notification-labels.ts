import type { NotificationOutcome, NotificationSource } from "@/lib/db/generated/enums";
import { effectOf } from "@/lib/notifications/notification-effects";
import type { StatusTone } from "@/components/orders/order-labels";

// The words the portal uses for notifications, shared by the list, the detail page and the
// filter bar. What a code means comes from ingestion's own table (notification-effects).

export const SOURCE_LABELS: Record<NotificationSource, string> = {
  webhook: "Webhook",
  poll: "Poll",
};

export const OUTCOME_INFO: Record<NotificationOutcome, { label: string; meaning: string; tone: StatusTone }> = {
  applied: { label: "Applied", meaning: "Matched to its order, which it moved or noted on its timeline.", tone: "success" },
  unmatched: {
    label: "No matching order",
    meaning: "No order here has this voice order ID yet. It is applied when the order's answer from Lumen is reconciled, or when an admin replays it.",
    tone: "attention",
  },
  unknown_code: {
    label: "Unknown code",
    meaning: "A code the guide does not list: noted on the order's timeline, the order's status unchanged.",
    tone: "info",
  },
  malformed: { label: "Malformed", meaning: "Not a notification the portal could read; kept as it came, for inspection.", tone: "danger" },
};

/** What a code means for the order, in plain words; null for a code the guide does not list. */
export function notificationSummary(code: number | null, rateCenter: string | null): string | null {
  return code === null ? null : (effectOf(code, rateCenter !== null)?.summary ?? null);
}
