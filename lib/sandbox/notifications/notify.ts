import { lumenDateTime, notificationMessage } from "../lumen-contract";
import type { Sandbox } from "../sandbox";
import type { Order, RateCenterLine, StoredNotification } from "../state";
import { buildPartnerNotificationXml } from "./partner-notification-xml";

// Every state change of an order ends here: the PartnerNotification is built, kept for
// GET notifications, and handed to the webhook outbox. Sending happens later and apart,
// so a slow or failing receiver never holds up the order lifecycle or an API request.

/** GET notifications reaches this far back. */
export const NOTIFICATION_RETENTION_MS = 180 * 24 * 60 * 60 * 1000;

export interface NotifyOptions {
  /** For reservation orders: the rate center ("PON") this notification is about. */
  line?: RateCenterLine;
  /** Fills the placeholders some messages carry (10001's quantity, 20217's number). */
  fill?: string;
  focDate?: number;
}

export function notify(sb: Sandbox, order: Order, at: number, code: number, options: NotifyOptions = {}): void {
  const state = sb.state;
  const customer = sb.catalog.customer(order.customerNumber);
  const message = notificationMessage(code, options.fill);
  const line = options.line;
  const xml = buildPartnerNotificationXml({
    orderNumber: order.voiceOrderId,
    customerNumber: order.customerNumber,
    customerName: customer?.name ?? "",
    notificationCode: code,
    notificationMessage: message,
    focDate: options.focDate === undefined ? undefined : lumenDateTime(options.focDate),
    notificationDateTime: lumenDateTime(at),
    rateCenterOrderStatus: line && {
      rateCenter: line.rateCenter,
      state: line.state,
      notificationCode: code,
      notificationMessage: message,
    },
  });
  const notification: StoredNotification = {
    id: `N${++state.sequence.notification}`,
    customerNumber: order.customerNumber,
    voiceOrderId: order.voiceOrderId,
    externalOrderId: order.externalOrderId,
    notificationCode: code,
    notificationMessage: message,
    rateCenter: line ? { rateCenter: line.rateCenter, state: line.state } : null,
    focDate: options.focDate ?? null,
    xml,
    createdAt: at,
  };
  pruneOldNotifications(state.notifications, at);
  state.notifications.push(notification);
  order.updatedAt = at;
  if (line) line.lastCode = code;
  sb.webhooks.enqueue(notification);
  sb.changed();
}

function pruneOldNotifications(notifications: StoredNotification[], now: number) {
  // Kept in creation order, so the expired ones are all at the front.
  let expired = 0;
  while (expired < notifications.length && notifications[expired]!.createdAt < now - NOTIFICATION_RETENTION_MS) expired++;
  if (expired > 0) notifications.splice(0, expired);
}
