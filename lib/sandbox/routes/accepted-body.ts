import type { OrderAcceptedResponse } from "@/lib/lumen/schemas/order-accepted";
import type { Order } from "../state";

/** What every order-creating or order-changing call answers: the order and its status. */
export function acceptedBody(order: Order): OrderAcceptedResponse {
  return {
    voiceOrderId: order.voiceOrderId,
    ...(order.externalOrderId && { externalOrderID: order.externalOrderId }),
    status: order.status,
  };
}
