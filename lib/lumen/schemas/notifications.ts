// GET /Voice/v1/Numbers/notifications — the polling alternative to webhooks: the latest
// notification of a voice order, or a window of up to 180 days of history.
import { z } from "zod";
import { assumed } from "./assumed";
import { voiceOrderIdField } from "./fields/order-ids";
import { LUMEN_DATE_TIME_PATTERN } from "./fields/request-date";

/** Lumen keeps 180 days of notification history. */
export const NOTIFICATION_HISTORY_DAYS = 180;

// No Lumen code covers these dates, so they are plain zod rules (lumenCode null).
const windowEdge = () => z.string().regex(LUMEN_DATE_TIME_PATTERN).optional();

export const NotificationsQuerySchema = z
  .object({
    voiceOrderId: voiceOrderIdField(20049).optional(),
    fromDateTime: windowEdge(),
    toDateTime: windowEdge(),
  })
  .meta(assumed("The guide names the call; parameters are ours. History older than 180 days is simply not returned."));

export const NotificationsResponseSchema = z
  .object({
    notifications: z.array(
      z.object({
        voiceOrderId: z.string(),
        customerNumber: z.string(),
        notificationCode: z.number().int(),
        notificationMessage: z.string(),
        rateCenter: z.string().optional(),
        state: z.string().optional(),
        /** 903's firm order commitment, as in the webhook's `<focDate>`. */
        focDate: z.string().optional(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta(assumed("The fields of the PartnerNotification webhook body, as JSON."));

export type NotificationsQuery = z.input<typeof NotificationsQuerySchema>;
export type ParsedNotificationsQuery = z.output<typeof NotificationsQuerySchema>;
export type NotificationsResponse = z.output<typeof NotificationsResponseSchema>;
