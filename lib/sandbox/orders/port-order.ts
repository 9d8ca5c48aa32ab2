import { addBusinessDays } from "@/lib/lumen/business-days";
import { activateNumbers } from "../inventory/telephone-numbers";
import { LumenRejection } from "../lumen-contract";
import { notify } from "../notifications/notify";
import type { Sandbox } from "../sandbox";
import type { ProductId, SeedCustomer } from "../seed-types";
import type { Order } from "../state";
import { checkCustomerServiceName } from "./number-checks";
import { MINUTE_MS, createOrder, isFinal, setOrderStatus } from "./order-book";

// LNP (port-in) orders. After the usual pickup (901) the donating carrier is asked:
// a number it will not release rejects the order (20217); otherwise the FOC date is set
// a few business days out (903) and the numbers go live on it (10002). Supplements (904)
// may move the date; cancels are allowed until one business day before FOC (20066).

/** Business days from submission to the earliest FOC date the "donating carrier" grants. */
export const FOC_BUSINESS_DAYS = 3;
const CARRIER_ANSWER_DELAY_MS = 10 * MINUTE_MS;

export interface PortInput {
  productId: ProductId | null;
  tns: string[];
  customerServiceName: string | null;
  externalOrderId: string | null;
  requestedDate: number | null;
  request: Record<string, unknown>;
}

export function submitPort(sb: Sandbox, customer: SeedCustomer, input: PortInput, now: number): Order {
  checkCustomerServiceName(customer, input.customerServiceName);
  for (const tn of input.tns) {
    const onLumen = sb.state.tns[tn];
    // A number already on Lumen, or already in another port, cannot be ported (again).
    if ((onLumen && onLumen.status !== "disconnected") || inFlightPortOf(sb, tn)) throw new LumenRejection(1612);
  }
  return createOrder(sb, { ...input, customerNumber: customer.customerNumber, type: "port" }, now);
}

function inFlightPortOf(sb: Sandbox, tn: string): Order | undefined {
  return Object.values(sb.state.orders).find((o) => o.type === "port" && !isFinal(o) && o.tns.includes(tn));
}

export function startPort(sb: Sandbox, order: Order, at: number): void {
  setOrderStatus(order, "IN_PROGRESS", at);
  notify(sb, order, at, 901);
  sb.scheduler.schedule("port.foc", order.voiceOrderId, at + CARRIER_ANSWER_DELAY_MS);
}

/** The donating carrier answers: refuse a non-portable number, or grant the FOC date. */
export function answerPort(sb: Sandbox, order: Order, at: number): void {
  const refused = order.tns.find((tn) => !sb.catalog.isPortable(tn));
  if (refused) {
    setOrderStatus(order, "REJECTED", at);
    notify(sb, order, at, 20217, { fill: refused });
    return;
  }
  order.focDate = focDateFor(order.requestedDate, at);
  notify(sb, order, at, 903, { focDate: order.focDate });
  sb.scheduler.schedule("port.complete", order.voiceOrderId, order.focDate);
}

/** The requested date, but never sooner than the carrier's minimum. */
function focDateFor(requestedDate: number | null, now: number): number {
  const earliest = addBusinessDays(new Date(now), FOC_BUSINESS_DAYS).getTime();
  return Math.max(requestedDate ?? earliest, earliest);
}

export function completePort(sb: Sandbox, order: Order, at: number): void {
  for (const tn of order.tns) {
    const rc = sb.catalog.rateCenterOfTn(tn);
    sb.index.put(
      {
        tn,
        customerNumber: order.customerNumber,
        rateCenter: rc?.rateCenter ?? "PORTED",
        state: rc?.state ?? "",
        productId: order.productId ?? "2036",
        status: "active",
        voiceOrderId: order.voiceOrderId,
        externalOrderId: order.externalOrderId,
        customerServiceName: order.customerServiceName,
        subscriber: null,
        pendingOrderId: null,
        updatedAt: at,
      },
      "active",
    );
  }
  activateNumbers(sb, order, order.tns, at);
  setOrderStatus(order, "COMPLETED", at);
  notify(sb, order, at, 10002);
}

export interface SupplementInput {
  requestedDate: number | null;
  changes: Record<string, unknown>;
}

export function supplementPort(sb: Sandbox, order: Order, input: SupplementInput, now: number): void {
  if (order.type !== "port" || isFinal(order)) throw new LumenRejection(20109);
  Object.assign(order.request, input.changes);
  if (input.requestedDate !== null) {
    order.requestedDate = input.requestedDate;
    if (order.focDate !== null) {
      // FOC already granted: move it, still no sooner than the carrier allows.
      order.focDate = focDateFor(input.requestedDate, now);
      sb.scheduler.cancel(order.voiceOrderId, "port.complete");
      sb.scheduler.schedule("port.complete", order.voiceOrderId, order.focDate);
    }
  }
  notify(sb, order, now, 904, order.focDate === null ? {} : { focDate: order.focDate });
}
