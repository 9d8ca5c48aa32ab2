import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";

// What each notification code of the guide does to an order: the one table ingestion
// reads. Messages stay in lib/lumen/codes-table.ts; this says what a code *means* for the
// order's status, its numbers and the orders acting on it, in words a user understands.

export type NotificationEffect =
  /** Lumen picked the order up (901). */
  | { kind: "progress"; summary: string }
  /** The order is done (902, 906, 10002 for the whole order). */
  | { kind: "complete"; summary: string }
  /** A port's firm order commitment is set (903). */
  | { kind: "foc_scheduled"; summary: string }
  /** A supplement of a port took effect (904). */
  | { kind: "port_updated"; summary: string }
  /** A reservation came back short: Lumen waits up to four hours for customerApproval (10001). */
  | { kind: "approval_needed"; summary: string }
  /** The order will not be done. */
  | { kind: "end"; status: "rejected" | "cancelled"; summary: string }
  /** Worth knowing, status unchanged (credit hold, backorder trouble, one rate center done). */
  | { kind: "note"; summary: string }
  /** Refuses an order acting on this one (a cancel, an approval); this one stands. */
  | { kind: "child_refused"; childType: OrderType; summary: string };

const EFFECTS: Record<number, NotificationEffect> = {
  901: { kind: "progress", summary: "Lumen has the order and is working on it." },
  902: { kind: "complete", summary: "Installed: the numbers are active." },
  903: { kind: "foc_scheduled", summary: "The port's firm order commitment (FOC) date is set." },
  904: { kind: "port_updated", summary: "Lumen applied the change to the port." },
  906: { kind: "complete", summary: "Disconnected." },
  10002: { kind: "complete", summary: "Lumen completed the order." },
  10001: { kind: "approval_needed", summary: "Lumen has fewer numbers than asked for and waits for your decision, at most four hours." },

  1302: { kind: "end", status: "rejected", summary: "The rate center is not open for orders." },
  1303: { kind: "end", status: "rejected", summary: "Lumen has no coverage in this rate center." },
  1304: { kind: "end", status: "rejected", summary: "Lumen does not know this rate center." },
  1403: { kind: "end", status: "rejected", summary: "These credentials may not act for this customer number." },
  1429: { kind: "end", status: "rejected", summary: "The customer number is not active at Lumen." },
  1616: { kind: "end", status: "rejected", summary: "No active service for these numbers." },
  1648: { kind: "end", status: "rejected", summary: "Refused: less than 75 % of the numbers already held in this rate center are in use." },
  4011: { kind: "end", status: "rejected", summary: "Refused: another order or backorder for this rate center is still open." },
  1921: { kind: "end", status: "rejected", summary: "The decision came after the four hours Lumen waits; place a new reservation." },
  10012: { kind: "end", status: "rejected", summary: "Not enough numbers, and this region takes no backorders." },
  10015: { kind: "end", status: "rejected", summary: "Not enough numbers, and PBX-restricted numbers cannot be backordered." },
  20020: { kind: "end", status: "rejected", summary: "A residential directory listing needs a first and last name." },
  20063: { kind: "end", status: "rejected", summary: "The customer service name is not one of this customer's." },
  20217: { kind: "end", status: "rejected", summary: "A number of the port is not valid; the port is rejected." },

  10004: { kind: "end", status: "cancelled", summary: "The backorder could not be filled and was cancelled." },
  10005: { kind: "end", status: "cancelled", summary: "The backorder was cancelled as you asked." },
  10009: { kind: "end", status: "cancelled", summary: "The backorder was cancelled: the rate center is invalid or was merged into another." },
  10010: { kind: "end", status: "cancelled", summary: "The backorder was cancelled: the rate center has no native numbers." },
  10013: { kind: "end", status: "cancelled", summary: "Nobody decided within four hours, so Lumen cancelled the backorder." },

  1807: { kind: "note", summary: "On credit hold at Lumen: the order waits until the account is cleared. Lumen's finance team (CreditCheck.Finance@centurylink.com) can say why." },
  10006: { kind: "note", summary: "Lumen is reclaiming numbers for this backorder." },
  10008: { kind: "note", summary: "A system issue at Lumen holds this backorder up." },

  20066: { kind: "child_refused", childType: "cancel", summary: "Too late to cancel: ports can be cancelled up to one business day before the FOC date." },
  20107: { kind: "child_refused", childType: "approval", summary: "There is no backorder waiting for a decision on this order." },
};

/**
 * The effect of a code. A notification about one rate center that completes it is a note:
 * the order completes with its own 10002. Codes the guide does not list are null.
 */
export function effectOf(code: number, aboutOneRateCenter: boolean): NotificationEffect | null {
  const effect = EFFECTS[code];
  if (!effect) return null;
  if (aboutOneRateCenter && effect.kind === "complete") return { kind: "note", summary: "Lumen completed this rate center." };
  return effect;
}

/**
 * Whether a notification is what puts an order in this status, so that a status change
 * found by asking Lumen may name it. Lumen's order status report carries its latest
 * notification whatever it was: a port cancelled after its FOC date still reports 903.
 */
export function leadsTo(code: number, status: OrderStatus): boolean {
  const effect = EFFECTS[code];
  switch (effect?.kind) {
    case "progress":
    case "foc_scheduled":
    case "port_updated":
      return status === "in_progress";
    case "complete":
      return status === "completed";
    case "approval_needed":
      return status === "awaiting_approval";
    case "end":
      return effect.status === status;
    default:
      return false;
  }
}

/** Codes that need someone to act (alerts, the dashboard's list). */
export function needsAction(effect: NotificationEffect | null): boolean {
  return effect?.kind === "approval_needed" || (effect?.kind === "end" && effect.status === "rejected") || effect?.kind === "child_refused";
}

/**
 * How far along an order is, to keep notifications that arrive out of order (the poll
 * after the webhook, a retried delivery) from moving it backwards.
 */
export const STATUS_RANK: Record<OrderStatus, number> = {
  submitting: 0,
  unconfirmed: 0,
  failed: 0,
  accepted: 1,
  in_progress: 2,
  awaiting_approval: 3,
  completed: 4,
  rejected: 4,
  cancelled: 4,
};

/** How long Lumen waits for customerApproval after 10001. */
export const APPROVAL_WINDOW_MS = 4 * 60 * 60 * 1000;

/** 10001's message quotes how many numbers are available. */
export function availableQuantityOf(message: string): number | null {
  const match = /exceeds the (\d+) telephone numbers available/i.exec(message);
  return match ? Number(match[1]) : null;
}
