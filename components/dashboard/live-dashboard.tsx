"use client";

import { useQuery } from "@tanstack/react-query";
import { CircleAlert } from "lucide-react";
import type { DashboardData } from "@/lib/dashboard/dashboard-data";
import { DailyOrdersChart } from "./daily-orders-chart";
import { DashboardEmptyState } from "./dashboard-empty-state";
import { DASHBOARD_REFRESH_MS, dashboardQueryKey, fetchDashboard } from "./dashboard-query";
import { NeedsYou } from "./needs-you";
import { NotificationsFeed } from "./notifications-feed";
import { OrderCounts } from "./order-counts";
import { PeriodSelector } from "./period-selector";
import { UtilizationChart } from "./utilization-chart";

interface LiveDashboardProps {
  org: string;
  /** The server's render of the same data: shown at once, then refreshed in place. */
  initialData: DashboardData;
  showSubAccount: boolean;
  canOrder: boolean;
}

/**
 * The dashboard, kept current without a reload: asks for fresh data every 5 s while the
 * tab is visible (react-query pauses the interval in a hidden tab and refetches on return).
 */
export function LiveDashboard({ org, initialData, showSubAccount, canOrder }: LiveDashboardProps) {
  const period = initialData.period;
  const { data, isError } = useQuery({
    queryKey: dashboardQueryKey(org, period),
    queryFn: () => fetchDashboard(org, period),
    initialData,
    initialDataUpdatedAt: Date.parse(initialData.generatedAt),
    refetchInterval: DASHBOARD_REFRESH_MS,
  });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PeriodSelector org={org} period={period} />
        {isError && (
          <p role="status" className="flex items-center gap-1.5 text-sm text-amber-800 dark:text-amber-200">
            <CircleAlert aria-hidden className="size-4" />
            Live updates paused: the portal could not be reached. Showing the last data received.
          </p>
        )}
      </div>
      {!data.hasOrders ? (
        <DashboardEmptyState org={org} canOrder={canOrder} />
      ) : (
        <>
          <NeedsYou org={org} data={data} showSubAccount={showSubAccount} canOrder={canOrder} />
          <div className="grid gap-6 lg:grid-cols-2">
            <OrderCounts org={org} data={data} />
            <NotificationsFeed org={org} notifications={data.notifications} />
            <DailyOrdersChart daily={data.daily} />
            <UtilizationChart utilization={data.utilization} />
          </div>
        </>
      )}
    </div>
  );
}
