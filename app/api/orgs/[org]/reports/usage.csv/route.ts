// GET /api/orgs/[org]/reports/usage.csv?month=YYYY-MM — the usage report as a CSV, the same
// rows and numbers as the Usage report page. Viewers may download it; a reseller gets its row.
import { csvAttachment } from "@/lib/http/csv-download";
import { withTenant } from "@/lib/http/with-tenant";
import { usageCsv } from "@/lib/reports/usage-csv";
import { UsageQuerySchema } from "@/lib/reports/usage-month";
import { getUsageReport } from "@/lib/reports/usage-report";

export const GET = withTenant<{ org: string }>("viewer", async ({ request, tenant }) => {
  const query = UsageQuerySchema.parse({ month: request.nextUrl.searchParams.get("month") || undefined });
  const report = await getUsageReport(tenant, query);
  return csvAttachment(usageCsv(report), `usage-${tenant.orgSlug}-${report.month}.csv`);
});
