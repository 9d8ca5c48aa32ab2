import type { DashboardData } from "@/lib/dashboard/dashboard-data";
import type { DashboardPeriod } from "@/lib/dashboard/dashboard-period";

// The dashboard's react-query key and fetcher: the page renders the first state on the
// server, the browser then asks the same data function through the route handler.

/** How often an open, visible dashboard asks for fresh data. */
export const DASHBOARD_REFRESH_MS = 5_000;

export const dashboardQueryKey = (org: string, period: DashboardPeriod) => ["dashboard", org, period] as const;

export async function fetchDashboard(org: string, period: DashboardPeriod): Promise<DashboardData> {
  const response = await fetch(`/api/orgs/${encodeURIComponent(org)}/dashboard?period=${period}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`The dashboard could not be refreshed (HTTP ${response.status}).`);
  return (await response.json()) as DashboardData;
}
