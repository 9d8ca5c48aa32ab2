import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";
import { ListNotificationsQuerySchema, type ParsedListNotificationsQuery } from "./list-notifications-schema";

const NOTIFICATION_ROW = {
  id: true,
  source: true,
  voiceOrderId: true,
  notificationCode: true,
  notificationMessage: true,
  rateCenter: true,
  state: true,
  outcome: true,
  error: true,
  deliveries: true,
  receivedAt: true,
  order: { select: { id: true, type: true, voiceOrderId: true, externalOrderId: true } },
} as const;

/**
 * One page of the notifications the tenant may see, newest received first. A reseller sees
 * those about its own orders (the notification carries the order's sub-account); one that
 * matched no order, or could not be read, belongs to nobody's slice and is for staff only.
 */
export async function listNotifications(tenant: Tenant, input: unknown) {
  const query = ListNotificationsQuerySchema.parse(input);
  const where = await notificationFilter(tenant, query);
  const [total, rows] = await Promise.all([
    db().notification.count({ where }),
    db().notification.findMany({
      where,
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: NOTIFICATION_ROW,
    }),
  ]);
  return {
    notifications: rows,
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}
export type NotificationListPage = Awaited<ReturnType<typeof listNotifications>>;

async function notificationFilter(tenant: Tenant, query: ParsedListNotificationsQuery): Promise<Prisma.NotificationWhereInput> {
  const and: Prisma.NotificationWhereInput[] = [];
  if (query.order !== undefined) {
    // The value may be Lumen's voice order ID even when no order has it yet (unmatched).
    const orders = await db().order.findMany({
      where: { ...tenantScope(tenant), OR: [{ id: query.order }, { externalOrderId: query.order }, { voiceOrderId: query.order }] },
      select: { id: true, parentOrderId: true, voiceOrderId: true },
    });
    and.push(aboutOrders(orders, [query.order]));
  }
  if (query.tn !== undefined) {
    const orders = await db().order.findMany({
      where: { ...tenantScope(tenant), numbers: { some: { telephoneNumber: { organizationId: tenant.organizationId, tn: query.tn } } } },
      select: { id: true, parentOrderId: true, voiceOrderId: true },
    });
    and.push(aboutOrders(orders, []));
  }
  return {
    ...tenantScope(tenant),
    ...(query.code !== undefined && { notificationCode: query.code }),
    ...(query.source !== undefined && { source: query.source }),
    ...(query.outcome !== undefined && { outcome: query.outcome }),
    ...((query.from !== undefined || query.to !== undefined) && {
      receivedAt: {
        ...(query.from !== undefined && { gte: new Date(`${query.from}T00:00:00Z`) }),
        ...(query.to !== undefined && { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) }),
      },
    }),
    ...(and.length > 0 && { AND: and }),
  };
}

/**
 * Notifications about these orders: applied to one of them (a follow-up order such as a
 * supplement is reported on the order it acts on), or carrying one of their voice order
 * IDs while still waiting for a match. Resolving the orders first keeps this to two index
 * look-ups on Notification (orderId; organizationId + voiceOrderId).
 */
function aboutOrders(
  orders: Array<{ id: string; parentOrderId: string | null; voiceOrderId: string | null }>,
  extraVoiceOrderIds: string[],
): Prisma.NotificationWhereInput {
  const orderIds = [...new Set(orders.flatMap((order) => [order.id, ...(order.parentOrderId ? [order.parentOrderId] : [])]))];
  const voiceOrderIds = [...new Set([...extraVoiceOrderIds, ...orders.flatMap((order) => (order.voiceOrderId ? [order.voiceOrderId] : []))])];
  return { OR: [{ orderId: { in: orderIds } }, { voiceOrderId: { in: voiceOrderIds } }] };
}
