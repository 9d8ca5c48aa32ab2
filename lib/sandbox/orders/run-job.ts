import { unlockNumbers } from "../inventory/telephone-numbers";
import { notify } from "../notifications/notify";
import type { Sandbox } from "../sandbox";
import type { Job, Order } from "../state";
import { completeChange, startChange } from "./change-order";
import { completeDisconnect, startDisconnect } from "./disconnect-order";
import { completeInstall, startInstall } from "./install-order";
import { isFinal, setOrderStatus } from "./order-book";
import { answerPort, completePort, startPort } from "./port-order";
import { completeReservation, expireBackorders, fillBackorders, startReservation } from "./reservation";

// Dispatches a due scheduler job to the lifecycle step it stands for. Each step runs at
// the job's due time, which is what keeps a long clock step faithful.

const START_BY_TYPE: Record<Order["type"], (sb: Sandbox, order: Order, at: number) => void> = {
  reservation: startReservation,
  install: startInstall,
  port: startPort,
  change: startChange,
  disconnect: startDisconnect,
};

const STEPS: Record<Exclude<Job["kind"], "order.start">, (sb: Sandbox, order: Order, at: number) => void> = {
  "reservation.complete": completeReservation,
  "backorder.expire": expireBackorders,
  "backorder.fill": fillBackorders,
  "install.complete": completeInstall,
  "port.foc": answerPort,
  "port.complete": completePort,
  "change.complete": completeChange,
  "disconnect.complete": completeDisconnect,
};

export function runJob(sb: Sandbox, job: Job): void {
  const order = sb.state.orders[job.voiceOrderId];
  if (!order || isFinal(order)) return;
  if (job.kind !== "order.start") return STEPS[job.kind](sb, order, job.dueAt);
  const customer = sb.catalog.customer(order.customerNumber);
  if (customer?.creditHold) {
    // The order waits on Finance; it moves no further in the sandbox.
    unlockNumbers(sb, order);
    setOrderStatus(order, "PENDING_CREDIT_CHECK", job.dueAt);
    notify(sb, order, job.dueAt, 1807);
    return;
  }
  START_BY_TYPE[order.type](sb, order, job.dueAt);
}
