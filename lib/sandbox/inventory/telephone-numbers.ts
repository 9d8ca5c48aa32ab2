import type { Sandbox } from "../sandbox";
import type { Order, TelephoneNumber } from "../state";

// Changes to individual telephone numbers that orders make: reserve new ones into a
// customer's inventory, activate, disconnect, and lock a number while an order is in flight.

export function addReservedNumbers(
  sb: Sandbox,
  order: Order,
  location: { rateCenter: string; state: string },
  tns: string[],
  at: number,
): void {
  for (const tn of tns) {
    const record: TelephoneNumber = {
      tn,
      customerNumber: order.customerNumber,
      rateCenter: location.rateCenter,
      state: location.state,
      productId: order.productId ?? "2036",
      status: "reserved",
      voiceOrderId: order.voiceOrderId,
      externalOrderId: order.externalOrderId,
      customerServiceName: order.customerServiceName,
      subscriber: null,
      pendingOrderId: null,
      updatedAt: at,
    };
    sb.index.put(record, "reserved");
  }
}

/** Numbers of an install or port order go live with the order's subscriber details. */
export function activateNumbers(sb: Sandbox, order: Order, tns: string[], at: number): void {
  for (const tn of tns) {
    const record = sb.state.tns[tn];
    if (!record) continue;
    sb.index.put(record, "active");
    record.voiceOrderId = order.voiceOrderId;
    record.externalOrderId = order.externalOrderId;
    record.customerServiceName = order.customerServiceName ?? record.customerServiceName;
    record.productId = order.productId ?? record.productId;
    record.subscriber = order.request;
    record.pendingOrderId = null;
    record.updatedAt = at;
  }
}

export function disconnectNumbers(sb: Sandbox, order: Order, tns: string[], at: number): void {
  for (const tn of tns) {
    const record = sb.state.tns[tn];
    if (!record) continue;
    sb.index.put(record, "disconnected");
    record.voiceOrderId = order.voiceOrderId;
    record.pendingOrderId = null;
    record.updatedAt = at;
  }
}

export function lockNumbers(sb: Sandbox, order: Order): void {
  for (const tn of order.tns) {
    const record = sb.state.tns[tn];
    if (record) record.pendingOrderId = order.voiceOrderId;
  }
}

export function unlockNumbers(sb: Sandbox, order: Order): void {
  for (const tn of order.tns) {
    const record = sb.state.tns[tn];
    if (record?.pendingOrderId === order.voiceOrderId) record.pendingOrderId = null;
  }
}
