// GET /api/orgs/[org]/numbers/active.csv — the active numbers as a CSV, every one that
// matches the active-numbers page's filters, from the same read of Lumen's report as the
// page when its `report` is still kept. Viewers may download it; a reseller gets its
// slice, without the sub-account column.
import { csvHeaderLine, csvRowLines } from "@/lib/csv/csv-lines";
import { csvAttachment, datedCsvName } from "@/lib/http/csv-download";
import { exportFilters } from "@/lib/http/export-filters";
import { withTenant } from "@/lib/http/with-tenant";
import { ActiveNumbersQuerySchema } from "@/lib/numbers/active-numbers-query";
import { reportIdFrom } from "@/lib/numbers/active-report-snapshots";
import { listEveryActiveNumber } from "@/lib/numbers/list-active-numbers";

export const GET = withTenant<{ org: string }>("viewer", async ({ request, tenant }) => {
  const filters = exportFilters(request.nextUrl.searchParams);
  const { numbers } = await listEveryActiveNumber(tenant, ActiveNumbersQuerySchema.parse(filters), {
    reportId: reportIdFrom(request.nextUrl.searchParams.get("report")),
  });
  const staff = tenant.subAccount === null;
  const fields = ["telephoneNumber", "productID", "customerType", "subscriber", "serviceAddress", "e911Address", "customerServiceName", ...(staff ? ["subAccount"] : [])];
  // Subscriber names and addresses are typed by people: csv-lines keeps them from becoming formulas.
  const rows = numbers.map((n) => [
    n.tn,
    n.productId,
    n.customerType,
    n.subscriber,
    n.serviceAddress ?? "",
    n.e911Address ?? "",
    n.customerServiceName ?? "",
    ...(staff ? [n.subAccount?.name ?? ""] : []),
  ]);
  return csvAttachment(csvHeaderLine(fields) + csvRowLines(rows), datedCsvName(`active-numbers-${tenant.orgSlug}`));
});
