// The answer to every order-creating call: Lumen's voice order ID and where the order
// stands. Progress after this arrives as notifications.
import { z } from "zod";
import { assumed } from "./assumed";

/** The guide's order statuses: created, in progress, pending credit check, credit (check) rejected, rejected, cancelled, completed. */
export const ORDER_STATUSES = [
  "CREATED",
  "IN_PROGRESS",
  "PENDING_CREDIT_CHECK",
  "CREDIT_REJECTED",
  "REJECTED",
  "CANCELLED",
  "COMPLETED",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const orderStatusField = () =>
  z.enum(ORDER_STATUSES).meta(assumed("The guide lists the statuses in prose; upper-case wire values are ours."));

export const OrderAcceptedResponseSchema = z
  .object({
    voiceOrderId: z.string(),
    externalOrderID: z.string().optional(),
    status: orderStatusField(),
  })
  .meta(assumed("The guide says to refer to the Voice Order ID; the rest of the answer is ours."));

export type OrderAcceptedResponse = z.output<typeof OrderAcceptedResponseSchema>;
