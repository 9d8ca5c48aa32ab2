import { isAtLeastOneBusinessDayAhead } from "@/lib/lumen/business-days";
import { releaseNumbers } from "../inventory/number-pool";
import { unlockNumbers } from "../inventory/telephone-numbers";
import { LumenRejection } from "../lumen-contract";
import { notify } from "../notifications/notify";
import type { Sandbox } from "../sandbox";
import type { Order } from "../state";
import { setOrderStatus } from "./order-book";

// Cancel an in-flight order. Finished orders answer with the code for their kind, ports
// only until one business day before FOC (20066), and a reservation gives back the
// numbers it held; a waiting backorder is cancelled "per your request" (10005).

export function cancelOrder(sb: Sandbox, order: Order, now: number): void {
  if (order.status === "CANCELLED") throw new LumenRejection(20108);
  if (order.status === "COMPLETED" || order.status === "REJECTED" || order.status === "CREDIT_REJECTED") {
    // Numbers that went live are changed, not cancelled (20238); anything else is just done.
    throw new LumenRejection(["install", "port", "change"].includes(order.type) ? 20238 : 20065);
  }
  if (order.type === "port" && order.focDate !== null && !isAtLeastOneBusinessDayAhead(new Date(order.focDate), new Date(now))) {
    throw new LumenRejection(20066);
  }

  for (const line of order.rateCenters) {
    const rc = sb.catalog.rateCenter(line.state, line.rateCenter);
    if (line.status === "pending" && rc) releaseNumbers(sb, rc, line.quantity);
    if (line.status === "awaiting approval" && rc) releaseNumbers(sb, rc, line.availableAtCheck ?? 0);
    if (line.status === "awaiting approval" || line.status === "backordered") {
      line.status = "cancelled";
      notify(sb, order, now, 10005, { line });
    } else if (line.status === "pending") {
      line.status = "cancelled";
    }
  }
  unlockNumbers(sb, order);
  sb.scheduler.cancel(order.voiceOrderId);
  setOrderStatus(order, "CANCELLED", now);
  sb.changed();
}
