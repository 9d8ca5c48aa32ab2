// GET /Voice/v1/Numbers/orderStatus — where an order stands, by voiceOrderId or externalOrderID.
import { z } from "zod";
import { addLumenIssue } from "../lumen-rule";
import { assumed } from "./assumed";
import { voiceOrderIdField } from "./fields/order-ids";
import { orderStatusField } from "./order-accepted";

export const OrderStatusQuerySchema = z
  .object({
    voiceOrderId: voiceOrderIdField(20049).optional(),
    externalOrderID: z.string().min(1).optional(),
  })
  .check((payload) => {
    if (payload.value.voiceOrderId === undefined && payload.value.externalOrderID === undefined) {
      addLumenIssue(payload, 20049, ["voiceOrderId"]);
    }
  });

export const OrderStatusResponseSchema = z
  .object({
    voiceOrderId: z.string(),
    externalOrderID: z.string().optional(),
    orderType: z.enum(["RESERVE", "INSTALL", "PORT", "SUPPLEMENT", "CHANGE", "DISCONNECT", "CANCEL"]),
    status: orderStatusField(),
    createdAt: z.string(),
    updatedAt: z.string(),
    focDate: z.string().optional().meta({ description: "Firm order commitment date of a port." }),
    telephoneNumbers: z.array(z.string()).optional(),
    lastNotification: z.object({ code: z.number().int(), message: z.string() }).optional(),
  })
  .meta(assumed("The guide lists the statuses only; the rest of the answer is ours."));

export type OrderStatusQuery = z.input<typeof OrderStatusQuerySchema>;
export type ParsedOrderStatusQuery = z.output<typeof OrderStatusQuerySchema>;
export type OrderStatusResponse = z.output<typeof OrderStatusResponseSchema>;
