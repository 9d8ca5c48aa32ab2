import { LumenRejection } from "../lumen-contract";
import type { Sandbox } from "../sandbox";
import type { Order, OrderStatus } from "../state";

// Creating and finding voice orders. Lumen numbers its orders itself; the sandbox uses a
// counter so ids are stable across restarts and readable in tests.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

export type NewOrder = Pick<Order, "customerNumber" | "type" | "productId" | "externalOrderId" | "customerServiceName" | "request"> &
  Partial<Pick<Order, "rateCenters" | "tns" | "requestedDate">>;

export function createOrder(sb: Sandbox, fields: NewOrder, now: number): Order {
  const state = sb.state;
  const voiceOrderId = `VO${String(++state.sequence.order).padStart(8, "0")}`;
  const order: Order = {
    rateCenters: [],
    tns: [],
    requestedDate: null,
    ...fields,
    focDate: null,
    voiceOrderId,
    status: "CREATED",
    createdAt: now,
    updatedAt: now,
  };
  state.orders[voiceOrderId] = order;
  if (order.externalOrderId) sb.index.rememberExternalId(order.customerNumber, order.externalOrderId, voiceOrderId);
  // Every order starts the same way: a minute later it is picked up (credit check first).
  sb.scheduler.schedule("order.start", voiceOrderId, now + MINUTE_MS);
  sb.changed();
  return order;
}

/**
 * The customer's order by Lumen's id or the caller's externalOrderID. Another customer's
 * order is reported as not found, with the code of the operation asking.
 */
export function findCustomerOrder(
  sb: Sandbox,
  customerNumber: string,
  ids: { voiceOrderId?: string | null; externalOrderId?: string | null },
  notFoundCode: number,
  otherCustomerCode: number = notFoundCode,
): Order {
  const voiceOrderId =
    ids.voiceOrderId ?? (ids.externalOrderId ? sb.index.orderByExternalId(customerNumber, ids.externalOrderId) : undefined);
  const order = voiceOrderId ? sb.state.orders[voiceOrderId] : undefined;
  if (!order) throw new LumenRejection(notFoundCode);
  if (order.customerNumber !== customerNumber) throw new LumenRejection(otherCustomerCode);
  return order;
}

export function setOrderStatus(order: Order, status: OrderStatus, at: number): void {
  order.status = status;
  order.updatedAt = at;
}

export function isFinal(order: Order): boolean {
  return (["COMPLETED", "CANCELLED", "REJECTED", "CREDIT_REJECTED"] as const).some((s) => s === order.status);
}
