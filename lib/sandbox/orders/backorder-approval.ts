import { releaseNumbers } from "../inventory/number-pool";
import { LumenRejection } from "../lumen-contract";
import { notify } from "../notifications/notify";
import type { Sandbox } from "../sandbox";
import type { Order } from "../state";
import { MINUTE_MS } from "./order-book";
import { finishIfSettled } from "./reservation";

// POST customerApproval: the customer's answer to a 10001 backorder question.

export type BackorderAnswer = "reject" | "accept-available" | "accept-backorder";

/** The answer applies to every rate center of the order that is waiting for one. */
export function approveBackorder(sb: Sandbox, order: Order, decision: BackorderAnswer, now: number): void {
  const lines = order.type === "reservation" ? order.rateCenters : [];
  const waiting = lines.filter((line) => line.status === "awaiting approval");
  if (waiting.length === 0) {
    // Too late is its own answer: the four-hour window closed (10013 went out before).
    const lapsed = lines.some((line) => line.status === "cancelled" && line.lastCode === 10013);
    throw new LumenRejection(lapsed ? 1921 : 20107);
  }

  for (const line of waiting) {
    const available = line.availableAtCheck ?? 0;
    if (decision === "reject" || (decision === "accept-available" && available === 0)) {
      releaseNumbers(sb, sb.catalog.rateCenter(line.state, line.rateCenter)!, available);
      line.status = "cancelled";
      notify(sb, order, now, 10005, { line });
      continue;
    }
    line.backorderQuantity = decision === "accept-backorder" ? line.quantity - available : 0;
    line.quantity = available;
    line.status = "pending";
  }
  if (order.rateCenters.some((line) => line.status === "pending")) {
    sb.scheduler.cancel(order.voiceOrderId, "reservation.complete");
    sb.scheduler.schedule("reservation.complete", order.voiceOrderId, now + MINUTE_MS);
  }
  if (!order.rateCenters.some((line) => line.status === "awaiting approval")) {
    sb.scheduler.cancel(order.voiceOrderId, "backorder.expire");
  }
  finishIfSettled(sb, order, now);
  sb.changed();
}
