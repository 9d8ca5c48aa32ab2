import { lockNumbers, unlockNumbers } from "../inventory/telephone-numbers";
import { notify } from "../notifications/notify";
import type { Sandbox } from "../sandbox";
import type { SeedCustomer } from "../seed-types";
import type { Order } from "../state";
import { requireOwnedNumbers } from "./number-checks";
import { MINUTE_MS, createOrder, setOrderStatus } from "./order-book";

// Change orders update subscriber, address, listing, CNAM, E911 or the customer service
// name of active numbers. The guide says CSN changes are automated and complete "within
// minutes", so a name that is not the customer's is answered then, by notification (20063).

export interface ChangeInput {
  tns: string[];
  customerServiceName: string | null;
  externalOrderId: string | null;
  request: Record<string, unknown>;
}

export function submitChange(sb: Sandbox, customer: SeedCustomer, input: ChangeInput, now: number): Order {
  requireOwnedNumbers(sb, customer.customerNumber, input.tns, "active", {
    unknown: 20042,
    otherOwner: 20041,
    wrongStatus: 1616,
  });
  const order = createOrder(
    sb,
    { ...input, productId: null, customerNumber: customer.customerNumber, type: "change" },
    now,
  );
  lockNumbers(sb, order);
  return order;
}

export function startChange(sb: Sandbox, order: Order, at: number): void {
  setOrderStatus(order, "IN_PROGRESS", at);
  notify(sb, order, at, 901);
  const names = sb.catalog.customer(order.customerNumber)?.customerServiceNames ?? [];
  if (order.customerServiceName && !names.includes(order.customerServiceName)) {
    unlockNumbers(sb, order);
    setOrderStatus(order, "REJECTED", at);
    notify(sb, order, at, 20063);
    return;
  }
  sb.scheduler.schedule("change.complete", order.voiceOrderId, at + MINUTE_MS);
}

export function completeChange(sb: Sandbox, order: Order, at: number): void {
  for (const tn of order.tns) {
    const record = sb.state.tns[tn];
    if (!record) continue;
    record.subscriber = { ...record.subscriber, ...order.request };
    if (order.customerServiceName) record.customerServiceName = order.customerServiceName;
    record.updatedAt = at;
  }
  unlockNumbers(sb, order);
  setOrderStatus(order, "COMPLETED", at);
  notify(sb, order, at, 10002);
}
