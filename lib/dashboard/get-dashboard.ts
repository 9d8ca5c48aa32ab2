import "server-only";
import type { Tenant } from "@/lib/tenancy/tenant";
import { countOrders, hasAnyOrder } from "./count-orders";
import type { DashboardData } from "./dashboard-data";
import { periodRange, type DashboardPeriod } from "./dashboard-period";
import { listFeedNotifications } from "./list-feed-notifications";
import { listAwaitingApproval, listRecentRejections, listUnplacedOrders, listUpcomingFocs } from "./list-needs-you";
import { readRateCenterUtilization } from "./rate-center-utilization";

/**
 * Everything the dashboard shows for the tenant's slice, for the page's first render and
 * for each poll of GET /api/orgs/[org]/dashboard. `now` is a parameter so tests fix it.
 */
export async function getDashboard(tenant: Tenant, period: DashboardPeriod, now: Date = new Date()): Promise<DashboardData> {
  const { from, days } = periodRange(period, now);
  const [hasOrders, counts, awaitingApproval, rejections, unplaced, upcomingFocs, notifications, utilization] = await Promise.all([
    hasAnyOrder(tenant),
    countOrders(tenant, from, days),
    listAwaitingApproval(tenant),
    listRecentRejections(tenant, from),
    listUnplacedOrders(tenant, from),
    listUpcomingFocs(tenant, now),
    listFeedNotifications(tenant),
    readRateCenterUtilization(tenant),
  ]);
  return {
    period,
    from: from.toISOString(),
    generatedAt: now.toISOString(),
    hasOrders,
    totalInPeriod: counts.totalInPeriod,
    byStatus: counts.byStatus,
    byType: counts.byType,
    needsYou: { awaitingApproval, rejections, unplaced, upcomingFocs },
    notifications,
    daily: counts.daily,
    utilization,
  };
}
