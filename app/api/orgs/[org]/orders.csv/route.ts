// GET /api/orgs/[org]/orders.csv — every order the orders page's filters match, as a CSV.
// Viewers may download it; a reseller's user gets its own orders only.
import { csvDownload } from "@/lib/http/csv-download";
import { exportFilters } from "@/lib/http/export-filters";
import { withTenant } from "@/lib/http/with-tenant";
import { listEveryOrder } from "@/lib/orders/list-orders";
import { ordersCsvHeader, ordersCsvRows } from "@/lib/orders/orders-csv";

export const GET = withTenant<{ org: string }>("viewer", async ({ request, tenant }) => {
  const filters = exportFilters(request.nextUrl.searchParams);
  const batches = await listEveryOrder(tenant, filters);
  return csvDownload({ name: `orders-${tenant.orgSlug}`, header: ordersCsvHeader(), batches, lines: ordersCsvRows });
});
