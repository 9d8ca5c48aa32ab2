import { createHash } from "node:crypto";

/**
 * One PartnerNotification as the portal reads it, whichever way it came: the webhook's
 * XML (lib/notifications/parse-partner-notification.ts) or a row of GET /notifications.
 */
export interface IncomingNotification {
  customerNumber: string;
  voiceOrderId: string;
  notificationCode: number;
  notificationMessage: string;
  /** Rate-center ("PON") level notifications of reservation orders name the rate center. */
  rateCenter?: string;
  state?: string;
  /** 903 carries the firm order commitment date. */
  focDate?: Date;
  /** When Lumen created it, where Lumen says so (the poll's createdAt, the webhook's notificationDateTime). */
  lumenCreatedAt?: Date;
}

export type NotificationSourceName = "webhook" | "poll";

/**
 * The identity of a notification: a redelivered webhook, the same notification polled,
 * and a replay all produce the same key, so each is stored and acted on once.
 * Lumen's XML carries no notification id; the time Lumen created it (to the second) tells
 * apart two notifications with the same code for one order (two supplements, two 904s).
 * Without a time, identical content counts as one notification.
 */
export function notificationDedupeKey(n: IncomingNotification): string {
  const created = n.lumenCreatedAt ? Math.floor(n.lumenCreatedAt.getTime() / 1000) : "";
  const parts = [n.customerNumber, n.voiceOrderId, n.notificationCode, n.rateCenter ?? "", n.state ?? "", created];
  return createHash("sha256").update(parts.join("\u001f")).digest("base64url");
}
