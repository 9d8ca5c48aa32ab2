// GET /api/orgs/[org]/dashboard?period= — the dashboard's data, polled by the open dashboard
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { DashboardQuerySchema } from "@/lib/dashboard/dashboard-period";
import { withTenant } from "@/lib/http/with-tenant";

export const GET = withTenant<{ org: string }>("viewer", async ({ request, tenant }) => {
  const { period } = DashboardQuerySchema.parse({ period: request.nextUrl.searchParams.get("period") ?? undefined });
  return getDashboard(tenant, period);
});
