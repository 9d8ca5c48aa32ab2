import "server-only";
import { db } from "@/lib/db/client";
import { effectOf } from "@/lib/notifications/notification-effects";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";
import type { FeedNotification } from "./dashboard-data";

const FEED_SIZE = 10;

/**
 * The latest notifications the tenant may see: a reseller only those about its own
 * orders (ingestion stamps the order's sub-account on each), staff all of them.
 */
export async function listFeedNotifications(tenant: Tenant): Promise<FeedNotification[]> {
  const rows = await db().notification.findMany({
    where: tenantScope(tenant),
    orderBy: { receivedAt: "desc" },
    take: FEED_SIZE,
    select: {
      id: true,
      notificationCode: true,
      notificationMessage: true,
      rateCenter: true,
      outcome: true,
      voiceOrderId: true,
      orderId: true,
      source: true,
      receivedAt: true,
    },
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.notificationCode,
    summary: summaryOf(row),
    voiceOrderId: row.voiceOrderId,
    orderId: row.orderId,
    source: row.source,
    receivedAt: row.receivedAt.toISOString(),
  }));
}

function summaryOf(row: { notificationCode: number | null; notificationMessage: string | null; rateCenter: string | null; outcome: string }): string {
  if (row.outcome === "malformed") return "A notification the portal could not read; it is kept for inspection.";
  const effect = row.notificationCode !== null ? effectOf(row.notificationCode, Boolean(row.rateCenter)) : null;
  return effect?.summary ?? row.notificationMessage ?? "Lumen sent a notification.";
}
