// GET /api/orgs/[org]/numbers/reserved.csv — the reserved inventory as a CSV, every page of
// it, with the Numbers page's filters. Viewers may download it; a reseller gets its slice.
import { csvHeaderLine, csvRowLines } from "@/lib/csv/csv-lines";
import { listEveryReservedNumber } from "@/lib/numbers/list-reserved-numbers";
import { ReservedNumbersQuerySchema } from "@/lib/numbers/reserved-numbers-query";
import { csvAttachment, datedCsvName } from "@/lib/http/csv-download";
import { exportFilters } from "@/lib/http/export-filters";
import { withTenant } from "@/lib/http/with-tenant";

const FIELDS = ["telephoneNumber", "rateCenter", "state", "reservedAt", "voiceOrderID", "externalOrderID", "productID", "subAccount"];

export const GET = withTenant<{ org: string }>("viewer", async ({ request, tenant }) => {
  const filters = exportFilters(request.nextUrl.searchParams);
  const numbers = await listEveryReservedNumber(tenant, ReservedNumbersQuerySchema.parse(filters));
  // Sub-account names and external order IDs are typed by people: csv-lines keeps them from becoming formulas.
  const rows = numbers.map((n) => [n.tn, n.rateCenter, n.state, n.reservedAt, n.voiceOrderID, n.externalOrderID ?? "", n.productId ?? "", n.subAccountName ?? ""]);
  return csvAttachment(csvHeaderLine(FIELDS) + csvRowLines(rows), datedCsvName(`reserved-numbers-${tenant.orgSlug}`));
});
