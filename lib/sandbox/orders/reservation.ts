import { availableNumbers, drawNumbers, holdNumbers, releaseNumbers } from "../inventory/number-pool";
import { addReservedNumbers } from "../inventory/telephone-numbers";
import { utilizationOf } from "../inventory/utilization";
import { notify } from "../notifications/notify";
import type { Sandbox } from "../sandbox";
import type { SeedRateCenter } from "../seed-types";
import type { Order, RateCenterLine } from "../state";
import { HOUR_MS, MINUTE_MS, setOrderStatus } from "./order-book";

// The reservation (orderInventory) lifecycle. A minute after it is accepted each rate
// center is checked: rejected with its code, held, or put to the customer as a backorder
// (10001) that waits up to four hours for customerApproval. Held numbers are drawn into
// the customer's reserved inventory when the order completes, not before.

export const APPROVAL_WINDOW_MS = 4 * HOUR_MS;
/** How long a backorder takes to fill (or fail) once accepted. */
export const BACKORDER_FILL_MS = 24 * HOUR_MS;
const COMPLETION_DELAY_MS = 4 * MINUTE_MS;

export function startReservation(sb: Sandbox, order: Order, at: number): void {
  setOrderStatus(order, "IN_PROGRESS", at);
  notify(sb, order, at, 901);
  for (const line of order.rateCenters) checkLine(sb, order, line, at);
  if (order.rateCenters.some((line) => line.status === "pending")) {
    sb.scheduler.schedule("reservation.complete", order.voiceOrderId, at + COMPLETION_DELAY_MS);
  }
  if (order.rateCenters.some((line) => line.status === "awaiting approval")) {
    sb.scheduler.schedule("backorder.expire", order.voiceOrderId, at + APPROVAL_WINDOW_MS);
  }
  finishIfSettled(sb, order, at);
}

function checkLine(sb: Sandbox, order: Order, line: RateCenterLine, at: number): void {
  const reject = (code: number) => {
    line.status = "rejected";
    notify(sb, order, at, code, { line });
  };
  const rc = sb.catalog.rateCenter(line.state, line.rateCenter);
  if (!rc) return reject(1304);
  if (rc.status === "closed" || !offers(sb, order, rc)) return reject(1302);
  if (rc.status === "no-coverage") return reject(1303);
  if (hasOpenBackorder(sb, order, line)) return reject(4011);
  if (!utilizationOf(sb.index.usage(order.customerNumber, rc.state, rc.rateCenter)).canOrderMore) return reject(1648);

  const available = availableNumbers(sb, rc);
  line.availableAtCheck = available;
  if (line.quantity <= available) {
    holdNumbers(sb, rc, line.quantity);
    line.status = "pending";
    return;
  }
  if (rc.pbxRestricted || line.pbxIndex !== null) return reject(10015);
  if (!rc.backordersSupported) return reject(10012);
  holdNumbers(sb, rc, available);
  line.status = "awaiting approval";
  notify(sb, order, at, 10001, { line, fill: String(available) });
}

/** ELS (2042) needs a static-911 rate center unless the customer provides its own 911. */
function offers(sb: Sandbox, order: Order, rc: SeedRateCenter): boolean {
  if (order.productId && !rc.products.includes(order.productId)) return false;
  if (order.productId === "2042" && !rc.static911) return sb.catalog.customer(order.customerNumber)?.cp911 === true;
  return true;
}

function hasOpenBackorder(sb: Sandbox, order: Order, line: RateCenterLine): boolean {
  return Object.values(sb.state.orders).some(
    (other) =>
      other !== order &&
      other.customerNumber === order.customerNumber &&
      other.type === "reservation" &&
      other.rateCenters.some(
        (l) =>
          (l.status === "awaiting approval" || l.status === "backordered") &&
          l.state === line.state &&
          l.rateCenter === line.rateCenter,
      ),
  );
}

export function completeReservation(sb: Sandbox, order: Order, at: number): void {
  for (const line of order.rateCenters) {
    if (line.status !== "pending") continue;
    const rc = sb.catalog.rateCenter(line.state, line.rateCenter)!;
    const pbx = line.pbxIndex !== null && line.pbxValue !== null ? { index: line.pbxIndex, value: line.pbxValue } : null;
    const tns = drawNumbers(sb, rc, line.quantity, pbx);
    addReservedNumbers(sb, order, line, tns, at);
    line.tns.push(...tns);
    if (line.backorderQuantity > 0) {
      // The available part is in inventory now; the rest waits for new supply.
      line.status = "backordered";
      sb.scheduler.schedule("backorder.fill", order.voiceOrderId, at + BACKORDER_FILL_MS);
    } else {
      line.status = "completed";
      notify(sb, order, at, 10002, { line });
    }
  }
  finishIfSettled(sb, order, at);
}

/** Nobody answered the 10001 within four hours: the backorder lapses (10013). */
export function expireBackorders(sb: Sandbox, order: Order, at: number): void {
  for (const line of order.rateCenters) {
    if (line.status !== "awaiting approval") continue;
    releaseNumbers(sb, sb.catalog.rateCenter(line.state, line.rateCenter)!, line.availableAtCheck ?? 0);
    line.status = "cancelled";
    notify(sb, order, at, 10013, { line });
  }
  finishIfSettled(sb, order, at);
}

const BACKORDER_FAILURE_CODES = { "cannot-fulfil": 10004, consolidated: 10009, "not-native": 10010 } as const;

export function fillBackorders(sb: Sandbox, order: Order, at: number): void {
  for (const line of order.rateCenters) {
    if (line.status !== "backordered") continue;
    const rc = sb.catalog.rateCenter(line.state, line.rateCenter)!;
    line.status = line.tns.length > 0 ? "completed" : "cancelled";
    if (rc.backorderOutcome !== "fulfil") {
      notify(sb, order, at, BACKORDER_FAILURE_CODES[rc.backorderOutcome], { line });
      continue;
    }
    // New supply arrives for exactly the backordered quantity.
    const tns = drawNumbers(sb, rc, line.backorderQuantity, null);
    addReservedNumbers(sb, order, line, tns, at);
    line.tns.push(...tns);
    line.status = "completed";
    notify(sb, order, at, 10002, { line });
  }
  finishIfSettled(sb, order, at);
}

/** Once no rate center is waiting on anything, the order gets its final status. */
export function finishIfSettled(sb: Sandbox, order: Order, at: number): void {
  if (order.status !== "IN_PROGRESS") return;
  const lines = order.rateCenters;
  if (lines.some((l) => l.status === "pending" || l.status === "awaiting approval" || l.status === "backordered")) return;
  sb.scheduler.cancel(order.voiceOrderId);
  if (lines.some((l) => l.tns.length > 0)) {
    setOrderStatus(order, "COMPLETED", at);
    notify(sb, order, at, 10002);
  } else {
    setOrderStatus(order, lines.every((l) => l.status === "cancelled") ? "CANCELLED" : "REJECTED", at);
  }
}
