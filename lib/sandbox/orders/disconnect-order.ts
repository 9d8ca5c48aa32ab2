import { disconnectNumbers, lockNumbers } from "../inventory/telephone-numbers";
import { notify } from "../notifications/notify";
import type { Sandbox } from "../sandbox";
import type { SeedCustomer } from "../seed-types";
import type { Order } from "../state";
import { requireOwnedNumbers } from "./number-checks";
import { createOrder, setOrderStatus } from "./order-book";

// Disconnect orders take active numbers out of service on the customer request date
// (at least one business day ahead, checked by the request schema): picked up (901),
// then disconnected on the date (906).

export interface DisconnectInput {
  tns: string[];
  requestedDate: number;
  externalOrderId: string | null;
  request: Record<string, unknown>;
}

export function submitDisconnect(sb: Sandbox, customer: SeedCustomer, input: DisconnectInput, now: number): Order {
  requireOwnedNumbers(sb, customer.customerNumber, input.tns, "active", {
    unknown: 20016,
    otherOwner: 20041,
    wrongStatus: 20061,
  });
  const order = createOrder(
    sb,
    { ...input, productId: null, customerServiceName: null, customerNumber: customer.customerNumber, type: "disconnect" },
    now,
  );
  lockNumbers(sb, order);
  return order;
}

export function startDisconnect(sb: Sandbox, order: Order, at: number): void {
  setOrderStatus(order, "IN_PROGRESS", at);
  notify(sb, order, at, 901);
  sb.scheduler.schedule("disconnect.complete", order.voiceOrderId, Math.max(order.requestedDate ?? at, at));
}

export function completeDisconnect(sb: Sandbox, order: Order, at: number): void {
  disconnectNumbers(sb, order, order.tns, at);
  setOrderStatus(order, "COMPLETED", at);
  notify(sb, order, at, 906);
}
