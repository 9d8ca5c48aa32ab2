import { XMLBuilder } from "fast-xml-parser";

// Builds the guide's `PartnerNotification` XML. The builder escapes text, which matters:
// some messages carry angle brackets ("<telephone Number> is not valid …").

export interface PartnerNotificationContent {
  orderNumber: string;
  customerNumber: string;
  customerName: string;
  notificationCode: number;
  notificationMessage: string;
  /** Only for rate-center ("PON") level notifications of reservation orders. */
  rateCenterOrderStatus?: {
    rateCenter: string;
    state: string;
    notificationCode: number;
    notificationMessage: string;
  };
  /**
   * 903 says "Please see FOC data provided" without showing where; the sandbox adds it as
   * `<focDate>` after the voice order status (an assumption, documented in the README).
   */
  focDate?: string;
  /**
   * When the notification was created. The guide's XML has no identifier or time; the
   * sandbox adds this element (an assumption, in the README) so a receiver can tell a
   * redelivery from a second notification with the same code, and match the poll's createdAt.
   */
  notificationDateTime?: string;
}

const builder = new XMLBuilder({ format: true, ignoreAttributes: false, suppressEmptyNode: false });

export function buildPartnerNotificationXml(content: PartnerNotificationContent): string {
  const notification: Record<string, unknown> = {
    orderNumber: content.orderNumber,
    customerNumber: content.customerNumber,
    customerName: content.customerName,
    voiceOrderStatus: {
      notificationCode: content.notificationCode,
      notificationMessage: content.notificationMessage,
    },
  };
  if (content.focDate) notification.focDate = content.focDate;
  if (content.notificationDateTime) notification.notificationDateTime = content.notificationDateTime;
  if (content.rateCenterOrderStatus) notification.rateCenterOrderStatus = content.rateCenterOrderStatus;
  return builder.build({ "?xml": { "@_version": "1.0" }, PartnerNotification: notification });
}
