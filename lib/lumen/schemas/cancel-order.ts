// POST /Voice/v1/Numbers/order/cancel — cancel a whole voice order, or only the numbers of
// one child (transaction) order under it. Ports cancel up to one business day before FOC.
import { z } from "zod";
import { assumed } from "./assumed";
import { voiceOrderIdField } from "./fields/order-ids";

export const CancelOrderRequestSchema = z.object({
  voiceOrderId: voiceOrderIdField(20064),
  childOrderId: voiceOrderIdField(20064)
    .meta(assumed("The guide speaks of cancelling a transaction order ID under the voice order; the field name is ours."))
    .optional(),
});

export type CancelOrderRequest = z.input<typeof CancelOrderRequestSchema>;
export type ParsedCancelOrderRequest = z.output<typeof CancelOrderRequestSchema>;
