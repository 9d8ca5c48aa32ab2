import { activateNumbers, lockNumbers } from "../inventory/telephone-numbers";
import { notify } from "../notifications/notify";
import type { Sandbox } from "../sandbox";
import type { ProductId, SeedCustomer } from "../seed-types";
import type { Order } from "../state";
import { checkCustomerServiceName, requireOwnedNumbers } from "./number-checks";
import { MINUTE_MS, createOrder, setOrderStatus } from "./order-book";

// Install ("new") orders subscribe numbers from the customer's reserved inventory. Lumen
// provisions them immediately; the sandbox takes a virtual minute or two so the order
// is visibly in progress (901) before it is installed (902) and the numbers are active.

export interface InstallInput {
  productId: ProductId | null;
  tns: string[];
  customerServiceName: string | null;
  externalOrderId: string | null;
  request: Record<string, unknown>;
}

export function submitInstall(sb: Sandbox, customer: SeedCustomer, input: InstallInput, now: number): Order {
  checkCustomerServiceName(customer, input.customerServiceName);
  requireOwnedNumbers(sb, customer.customerNumber, input.tns, "reserved", {
    unknown: 20016,
    otherOwner: 20041,
    wrongStatus: 20016,
  });
  const order = createOrder(sb, { ...input, customerNumber: customer.customerNumber, type: "install" }, now);
  lockNumbers(sb, order);
  return order;
}

export function startInstall(sb: Sandbox, order: Order, at: number): void {
  setOrderStatus(order, "IN_PROGRESS", at);
  notify(sb, order, at, 901);
  sb.scheduler.schedule("install.complete", order.voiceOrderId, at + MINUTE_MS);
}

export function completeInstall(sb: Sandbox, order: Order, at: number): void {
  activateNumbers(sb, order, order.tns, at);
  setOrderStatus(order, "COMPLETED", at);
  notify(sb, order, at, 902);
}
