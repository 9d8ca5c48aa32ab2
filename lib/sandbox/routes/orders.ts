import { expandTnEntry, type TnEntry } from "@/lib/lumen/telephone-numbers";
import { ok, type HandlerFor } from "../http/voice-handler";
import { LumenRejection } from "../lumen-contract";
import { cancelOrder as cancel } from "../orders/cancel-order";
import { submitChange } from "../orders/change-order";
import { submitDisconnect } from "../orders/disconnect-order";
import { submitInstall } from "../orders/install-order";
import { findCustomerOrder } from "../orders/order-book";
import { completePort, submitPort, supplementPort } from "../orders/port-order";
import { acceptedBody } from "./accepted-body";

// The order operations on numbers: install and port (one endpoint), supplement, change,
// disconnect, cancel and port-now. Each answers at once with the voice order; the rest
// of the story arrives as notifications.

/** Every number the list names, ranges expanded, each once. */
function tnsOf(entries: TnEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => expandTnEntry(entry) ?? []))];
}

// POST /Voice/v1/Numbers/order — install from inventory (NEW) or port in (LNP).
export const submitOrder: HandlerFor<"submitOrder"> = ({ sb, customer, body, now }) => {
  const { tnList, subscriberLines, productID, externalOrderID, customerServiceName } = body;
  const common = {
    productId: productID,
    tns: tnsOf(tnList),
    customerServiceName: customerServiceName ?? null,
    externalOrderId: externalOrderID ?? null,
    request: { ...subscriberLines[0] },
  };
  const order =
    body.orderType === "NEW"
      ? submitInstall(sb, customer, common, now)
      : submitPort(sb, customer, { ...common, requestedDate: Date.parse(body.customerRequestDate) }, now);
  return ok(acceptedBody(order));
};

// POST /Voice/v1/Numbers/order/{voiceOrderId}/supplement — change an in-flight port.
export const supplementOrder: HandlerFor<"supplementOrder"> = ({ sb, customer, params, body, now }) => {
  const order = findCustomerOrder(sb, customer.customerNumber, { voiceOrderId: params.voiceOrderId }, 20055);
  const { customerRequestDate, ...changes } = body;
  supplementPort(sb, order, { requestedDate: customerRequestDate ? Date.parse(customerRequestDate) : null, changes }, now);
  return ok(acceptedBody(order));
};

// POST /Voice/v1/Numbers/order/change — change active numbers.
export const changeOrder: HandlerFor<"changeOrder"> = ({ sb, customer, body, now }) => {
  // Everything but the routing fields is a change to the subscriber line.
  const { tnList, externalOrderID, customerServiceName, ...rest } = body;
  const changes: Record<string, unknown> = { ...rest };
  delete changes.productID;
  const order = submitChange(
    sb,
    customer,
    {
      tns: tnsOf(tnList),
      customerServiceName: customerServiceName ?? null,
      externalOrderId: externalOrderID ?? null,
      request: changes,
    },
    now,
  );
  return ok(acceptedBody(order));
};

// POST /Voice/v1/Numbers/order/disconnect — disconnect active numbers on a date.
export const disconnectOrder: HandlerFor<"disconnectOrder"> = ({ sb, customer, body, now }) => {
  const order = submitDisconnect(
    sb,
    customer,
    {
      tns: tnsOf(body.tnList),
      requestedDate: Date.parse(body.customerRequestDate),
      externalOrderId: body.externalOrderID ?? null,
      request: {},
    },
    now,
  );
  return ok(acceptedBody(order));
};

// POST /Voice/v1/Numbers/order/cancel — cancel an in-flight order.
export const cancelOrder: HandlerFor<"cancelOrder"> = ({ sb, customer, body, now }) => {
  const order = findCustomerOrder(sb, customer.customerNumber, { voiceOrderId: body.voiceOrderId }, 20054, 20060);
  // Sandbox orders have no child (transaction) orders: any other id names nothing.
  if (body.childOrderId !== undefined && body.childOrderId !== order.voiceOrderId) throw new LumenRejection(20054);
  cancel(sb, order, now);
  return ok(acceptedBody(order));
};

// POST /Voice/v1/Numbers/lnp/portnow — bring a port with its FOC date forward to now.
export const portNow: HandlerFor<"portNow"> = ({ sb, customer, body, now }) => {
  const order = findCustomerOrder(sb, customer.customerNumber, { voiceOrderId: body.voiceOrderId }, 20049);
  if (order.type !== "port") throw new LumenRejection(20109);
  // Only once the carrier has granted FOC and the port is still in flight.
  if (order.focDate === null || order.status !== "IN_PROGRESS") throw new LumenRejection(1612);
  sb.scheduler.cancel(order.voiceOrderId, "port.complete");
  completePort(sb, order, now);
  return ok(acceptedBody(order));
};
