import { formatCalendarDay } from "@/lib/dates/format-dates";
import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import { isAtLeastOneBusinessDayAhead } from "@/lib/lumen/business-days";
import { roleAtLeast, type Role } from "@/lib/tenancy/roles";
import { FINAL_STATUSES, IN_FLIGHT_STATUSES, WORKING_STATUSES } from "./lumen-status";

// What may be done to an order now, and why not. One table read by the order page (a
// button for each possible action, the reason beside each impossible one) and by the
// server before anything is recorded or sent, so a crafted request gets the answer the
// page shows. Where Lumen has a code for the refusal (the rules the sandbox applies in
// lib/sandbox/orders/cancel-order.ts and port-order.ts), the entry carries it.

export const ORDER_ACTIONS = ["place_again", "supplement", "cancel", "cancel_child", "approve_backorder", "port_now", "check_with_lumen"] as const;
export type OrderActionKind = (typeof ORDER_ACTIONS)[number];

export const ORDER_ACTION_LABELS: Record<OrderActionKind, string> = {
  place_again: "Place it again",
  supplement: "Supplement the port",
  cancel: "Cancel the order",
  cancel_child: "Cancel one child order",
  approve_backorder: "Answer the backorder",
  port_now: "Port now",
  check_with_lumen: "Check with Lumen",
};

export interface OrderActionFacts {
  type: OrderType;
  status: OrderStatus;
  /** A port's firm order commitment, from Lumen's 903 or 904. */
  focDate: Date | null;
  voiceOrderId: string | null;
  productId: string | null;
  hasNumbers: boolean;
  role: Role;
  now: Date;
  /** Child (transaction) order IDs Lumen reports under the voice order; none are exposed today. */
  childOrderIds?: readonly string[];
  /** For placing a failed order again: facts about its request and who holds it. */
  placeAgain?: PlaceAgainFacts;
}

export interface PlaceAgainFacts {
  /** The request as kept lacks something it had when sent (a port's losing-carrier PIN). */
  requestRedacted: boolean;
  /** The order is of the viewer's own slice: the partner's own for staff, its own for a reseller. */
  ownSlice: boolean;
  /** The order it was placed again as, once it was. */
  placedAgainAs: string | null;
}

export type OrderAction =
  | { kind: OrderActionKind; available: true }
  | { kind: OrderActionKind; available: false; reason: string; lumenCode?: number };

export type OrderActions = Record<OrderActionKind, OrderAction>;

/** Types that act on another order; nothing acts on them in turn. */
const ACTING_TYPES: ReadonlySet<OrderType> = new Set(["supplement", "cancel", "approval", "port_now"]);
/** Orders whose numbers went live: Lumen says to change them rather than cancel (20238). */
const CHANGED_NOT_CANCELLED: ReadonlySet<OrderType> = new Set(["install", "port", "change"]);

/**
 * Orders that stand on their own: they carry their whole request (with our external order
 * ID), other orders act on them, and they can be placed again from what was kept.
 */
export const WHOLE_ORDER_TYPES: ReadonlySet<OrderType> = new Set(["reserve", "install", "port", "change", "disconnect"]);

/** Actions that belong to some types of order; the others can never have them. */
const ONLY_FOR: Partial<Record<OrderActionKind, ReadonlySet<OrderType>>> = {
  supplement: new Set(["port"]),
  port_now: new Set(["port"]),
  approve_backorder: new Set(["reserve"]),
  place_again: WHOLE_ORDER_TYPES,
};

/** Whether an order of this type can ever have this action. */
export function everAppliesTo(kind: OrderActionKind, type: OrderType): boolean {
  return ONLY_FOR[kind]?.has(type) ?? true;
}

/**
 * Whether the page lists this action under "not possible now" when it is not: only
 * actions the order could have. Placing again is for an order that never reached Lumen:
 * on any other it is not worth a line.
 */
export function listedWhenNotPossible(kind: OrderActionKind, facts: Pick<OrderActionFacts, "type" | "status">): boolean {
  return everAppliesTo(kind, facts.type) && (kind !== "place_again" || facts.status === "failed");
}

const no = (kind: OrderActionKind, reason: string, lumenCode?: number): OrderAction =>
  lumenCode === undefined ? { kind, available: false, reason } : { kind, available: false, reason, lumenCode };
const yes = (kind: OrderActionKind): OrderAction => ({ kind, available: true });

export function orderActions(facts: OrderActionFacts): OrderActions {
  const cancel = cancelAction(facts);
  return {
    place_again: placeAgainAction(facts),
    supplement: supplementAction(facts),
    cancel,
    cancel_child: cancelChildAction(facts, cancel),
    approve_backorder: approveBackorderAction(facts),
    port_now: portNowAction(facts),
    check_with_lumen: checkWithLumenAction(facts),
  };
}

/** Reasons that hold for every action that changes an order at Lumen, in the order they are told. */
function commonRefusal(kind: OrderActionKind, facts: OrderActionFacts): OrderAction | null {
  if (!roleAtLeast(facts.role, "operator")) return no(kind, "Viewers cannot act on orders; ask an operator, admin or owner.");
  if (ACTING_TYPES.has(facts.type)) return no(kind, "This order acts on another order; act on that order instead.");
  if (facts.status === "submitting" || facts.status === "unconfirmed") {
    return no(kind, "Lumen has not confirmed this order yet; check with Lumen first.");
  }
  if (facts.status === "failed") return no(kind, "This order never reached Lumen, so there is nothing to act on.");
  // Refused when placed: Lumen never gave it a voice order ID, and never will.
  if (facts.status === "rejected" && !facts.voiceOrderId) return no(kind, "Lumen refused this order when it was placed, so there is nothing to act on.");
  if (!facts.voiceOrderId) return no(kind, "Lumen has not given this order a voice order ID yet, so it cannot be changed or answered.");
  return null;
}

function cancelAction(facts: OrderActionFacts): OrderAction {
  const refused = commonRefusal("cancel", facts);
  if (refused) return refused;
  if (facts.status === "cancelled") return no("cancel", "This order is already cancelled.", 20108);
  if (facts.status === "completed") {
    return CHANGED_NOT_CANCELLED.has(facts.type)
      ? no("cancel", "Completed orders cannot be cancelled; change the numbers with a change order instead.", 20238)
      : no("cancel", "Completed orders cannot be cancelled.", 20065);
  }
  if (facts.status === "rejected") {
    // Lumen answers a finished order with the code for its kind, as for a completed one.
    return no("cancel", "Lumen refused this order, so there is nothing to cancel.", CHANGED_NOT_CANCELLED.has(facts.type) ? 20238 : 20065);
  }
  if (facts.type === "port" && facts.focDate && !isAtLeastOneBusinessDayAhead(facts.focDate, facts.now)) {
    return no(
      "cancel",
      `FOC is on ${formatCalendarDay(facts.focDate)}: cancels close one business day before (20066). Once the port completes, change the numbers with a change order.`,
      20066,
    );
  }
  return yes("cancel");
}

function cancelChildAction(facts: OrderActionFacts, cancel: OrderAction): OrderAction {
  if (!cancel.available) return { ...cancel, kind: "cancel_child" };
  if (!facts.childOrderIds?.length) {
    return no("cancel_child", "Lumen reports no child (transaction) orders under this voice order; cancel the whole order instead.");
  }
  return yes("cancel_child");
}

function supplementAction(facts: OrderActionFacts): OrderAction {
  if (!roleAtLeast(facts.role, "operator")) return no("supplement", "Viewers cannot act on orders; ask an operator, admin or owner.");
  if (!everAppliesTo("supplement", facts.type)) return no("supplement", "Only port orders can be supplemented.", 20109);
  const refused = commonRefusal("supplement", facts);
  if (refused) return refused;
  if (!IN_FLIGHT_STATUSES.has(facts.status)) {
    const done = facts.status === "completed" ? "This port has completed; change the numbers with a change order instead." : "This port is finished, so it cannot be supplemented.";
    return no("supplement", done, 20109);
  }
  return yes("supplement");
}

function approveBackorderAction(facts: OrderActionFacts): OrderAction {
  if (!roleAtLeast(facts.role, "operator")) return no("approve_backorder", "Viewers cannot act on orders; ask an operator, admin or owner.");
  if (!everAppliesTo("approve_backorder", facts.type)) return no("approve_backorder", "Only reservations can have a backorder to answer.");
  const refused = commonRefusal("approve_backorder", facts);
  if (refused) return refused;
  if (facts.status !== "awaiting_approval") return no("approve_backorder", "Lumen is not waiting for an answer to a backorder on this reservation.", 20107);
  return yes("approve_backorder");
}

function portNowAction(facts: OrderActionFacts): OrderAction {
  if (!roleAtLeast(facts.role, "operator")) return no("port_now", "Viewers cannot act on orders; ask an operator, admin or owner.");
  if (!everAppliesTo("port_now", facts.type)) return no("port_now", "Only port orders can be ported now.", 20109);
  const refused = commonRefusal("port_now", facts);
  if (refused) return refused;
  // Lumen's 1612 is about a port still waiting for its FOC date or concurrence, not a finished one.
  if (!WORKING_STATUSES.has(facts.status)) return no("port_now", "This port is finished.");
  if (!facts.focDate) {
    return no("port_now", "Lumen has not set the FOC date yet: port now needs the FOC date and the losing carrier's concurrence.", 1612);
  }
  return yes("port_now");
}

/**
 * An order that never reached Lumen (it could not be reached, or it was busy and does not
 * have the order) can be sent again as a new order from the request kept with it, once.
 */
function placeAgainAction(facts: OrderActionFacts): OrderAction {
  if (!roleAtLeast(facts.role, "operator")) return no("place_again", "Viewers cannot place orders; ask an operator, admin or owner.");
  if (!everAppliesTo("place_again", facts.type)) return no("place_again", "This order acts on another order; act on that order again instead.");
  if (facts.status !== "failed") return no("place_again", "Only an order that never reached Lumen can be placed again.");
  const again = facts.placeAgain;
  if (again?.placedAgainAs) return no("place_again", "This order was placed again already; follow the new order.");
  if (!again?.ownSlice) return no("place_again", "This order belongs to a reseller sub-account: its own users can place it again.");
  if (again.requestRedacted) {
    return no("place_again", "The losing carrier's PIN is not kept with the order: place the port again from Port in.");
  }
  return yes("place_again");
}

function checkWithLumenAction(facts: OrderActionFacts): OrderAction {
  if (facts.status === "failed") return no("check_with_lumen", "This order never reached Lumen, so Lumen has nothing to say about it.");
  if (FINAL_STATUSES.has(facts.status)) return no("check_with_lumen", "Lumen has finished with this order; there is nothing more to ask.");
  return yes("check_with_lumen");
}
