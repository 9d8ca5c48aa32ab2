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
  return {
    ...notification,
    customerNumber: null,
    customerNumberWithheld: true,
    rawBody: withholdPartnerAccount(notification.rawBody, notification.customerNumber),
  };
}

// Both as Lumen's XML elements, in any form the webhook's parser accepts (a namespace
// prefix, attributes, the guide's `</ customerName >` end tags, text written with character
// references or in CDATA), or as the poll's JSON fields.
const XML_CUSTOMER_ELEMENT =
  /<((?:[\w.-]+:)?(?:customerNumber|customerName))(?:\s[^>]*)?>(?:[^<]|<!\[CDATA\[[\s\S]*?\]\]>)*<\/\s*\1\s*>/g;
const JSON_CUSTOMER_FIELD = /("(?:customerNumber|customerName)"\s*:\s*)"(?:[^"\\]|\\.)*"/g;

/** A notification's body with the partner's customer number and name withheld, wherever they stand. */
export function withholdPartnerAccount(body: string, customerNumber: string | null): string {
  const withoutNumber = customerNumber ? body.replaceAll(customerNumber, WITHHELD_CUSTOMER_NUMBER) : body;
  return withoutNumber
    .replace(XML_CUSTOMER_ELEMENT, `<$1>${WITHHELD_CUSTOMER_NUMBER}</$1>`)
    .replace(JSON_CUSTOMER_FIELD, `$1"${WITHHELD_CUSTOMER_NUMBER}"`);
}

export type NotificationDetail = Awaited<ReturnType<typeof getNotificationOrThrow>>;
