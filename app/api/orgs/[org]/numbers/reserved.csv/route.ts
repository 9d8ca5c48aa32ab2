// GET /api/orgs/[org]/numbers/reserved.csv — the reserved inventory as a CSV, every page of
// it, with the Numbers page's filters. Viewers may download it; a reseller gets its slice.
import Papa from "papaparse";
import { listEveryReservedNumber } from "@/lib/numbers/list-reserved-numbers";
import { ReservedNumbersQuerySchema } from "@/lib/numbers/reserved-numbers-query";
import { withTenant } from "@/lib/http/with-tenant";

export const GET = withTenant<{ org: string }>("viewer", async ({ request, tenant }) => {
  const filters: Record<string, string> = {};
  for (const [key, value] of request.nextUrl.searchParams) if (value.trim() !== "" && key !== "page") filters[key] = value.trim();
  const numbers = await listEveryReservedNumber(tenant, ReservedNumbersQuerySchema.parse(filters));
  const csv = Papa.unparse({
    fields: ["telephoneNumber", "rateCenter", "state", "reservedAt", "voiceOrderID", "externalOrderID", "productID", "subAccount"],
    data: numbers.map((n) => [n.tn, n.rateCenter, n.state, n.reservedAt, n.voiceOrderID, n.externalOrderID ?? "", n.productId ?? "", n.subAccountName ?? ""]),
  }, {
    // Sub-account names and external order IDs are typed by people: a cell starting with
    // "=", "+", "-" or "@" must not become a formula when the file is opened in a spreadsheet.
    escapeFormulae: true,
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="reserved-numbers-${tenant.orgSlug}-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
});
