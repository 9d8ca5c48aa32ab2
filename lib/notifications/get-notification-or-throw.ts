import "server-only";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors/app-error";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";

const NOTIFICATION_DETAIL = {
  id: true,
  source: true,
  rawBody: true,
  customerNumber: true,
  voiceOrderId: true,
  notificationCode: true,
  notificationMessage: true,
  rateCenter: true,
  state: true,
  focDate: true,
  lumenCreatedAt: true,
  outcome: true,
  error: true,
  deliveries: true,
  receivedAt: true,
  lastReceivedAt: true,
  order: { select: { id: true, type: true, status: true, voiceOrderId: true, externalOrderId: true } },
} as const;

/**
 * One notification with its body as received, if the tenant may see it (a reseller only
 * those about its own orders); anyone else's is "not found".
 */
export async function getNotificationOrThrow(tenant: Tenant, unverifiedNotificationId: string) {
  const notification = await db().notification.findFirst({
    where: { id: unverifiedNotificationId, ...tenantScope(tenant) },
    select: NOTIFICATION_DETAIL,
  });
  if (!notification) throw notFoundError("This notification");
  return tenant.subAccount ? withholdCustomerNumber(notification) : { ...notification, customerNumberWithheld: false };
}

/** Stands where the partner's customer number was, in a body shown to a reseller's user. */
export const WITHHELD_CUSTOMER_NUMBER = "(withheld)";

/**
 * The customer number and name in Lumen's notifications are the partner's account at
 * Lumen, not part of a reseller's slice: a reseller's users get the body with both
 * replaced, and no field.
 */
function withholdCustomerNumber<N extends { customerNumber: string | null; rawBody: string }>(notification: N) {
  const { customerNumber } = notification;
  const withoutNumber = customerNumber ? notification.rawBody.replaceAll(customerNumber, WITHHELD_CUSTOMER_NUMBER) : notification.rawBody;
  return {
    ...notification,
    customerNumber: null,
    customerNumberWithheld: true,
    rawBody: withholdCustomerName(withoutNumber),
  };
}

// The name as Lumen's XML element (escaped as XML escapes it) or as the poll's JSON field.
const XML_CUSTOMER_NAME = /<customerName>[^<]*<\/customerName>/g;
const JSON_CUSTOMER_NAME = /("customerName"\s*:\s*)"(?:[^"\\]|\\.)*"/g;

function withholdCustomerName(body: string): string {
  return body
    .replace(XML_CUSTOMER_NAME, `<customerName>${WITHHELD_CUSTOMER_NUMBER}</customerName>`)
    .replace(JSON_CUSTOMER_NAME, `$1"${WITHHELD_CUSTOMER_NUMBER}"`);
}
export type NotificationDetail = Awaited<ReturnType<typeof getNotificationOrThrow>>;
