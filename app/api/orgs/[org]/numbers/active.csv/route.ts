// GET /api/orgs/[org]/numbers/active.csv — the active numbers as a CSV, every one that
// matches the active-numbers page's filters, from the same read of Lumen's report as the
// page when its `report` is still kept. Viewers may download it; a reseller gets its
// slice, without the sub-account column.
import Papa from "papaparse";
import { withTenant } from "@/lib/http/with-tenant";
import { ActiveNumbersQuerySchema } from "@/lib/numbers/active-numbers-query";
import { reportIdFrom } from "@/lib/numbers/active-report-snapshots";
import { listEveryActiveNumber } from "@/lib/numbers/list-active-numbers";

export const GET = withTenant<{ org: string }>("viewer", async ({ request, tenant }) => {
  const filters: Record<string, string> = {};
  for (const [key, value] of request.nextUrl.searchParams) if (value.trim() !== "" && key !== "page" && key !== "pageSize") filters[key] = value.trim();
  const { numbers } = await listEveryActiveNumber(tenant, ActiveNumbersQuerySchema.parse(filters), {
    reportId: reportIdFrom(request.nextUrl.searchParams.get("report")),
  });
  const staff = tenant.subAccount === null;
  const fields = ["telephoneNumber", "productID", "customerType", "subscriber", "serviceAddress", "e911Address", "customerServiceName", ...(staff ? ["subAccount"] : [])];
  const csv = Papa.unparse(
    {
      fields,
      data: numbers.map((n) => [
        n.tn,
        n.productId,
        n.customerType,
        n.subscriber,
        n.serviceAddress ?? "",
        n.e911Address ?? "",
        n.customerServiceName ?? "",
        ...(staff ? [n.subAccount?.name ?? ""] : []),
      ]),
    },
    // Subscriber names and addresses are typed by people: none may become a formula.
    { escapeFormulae: true },
  );
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="active-numbers-${tenant.orgSlug}-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
});
