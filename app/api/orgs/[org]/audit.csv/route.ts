// GET /api/orgs/[org]/audit.csv — the audit trail as a CSV, every entry the audit page's
// filters match. Admins and owners of the partner only: a reseller's user gets 404.
import { auditCsvHeader, auditCsvRows } from "@/lib/audit/audit-csv";
import { listEveryAuditEntry } from "@/lib/audit/list-audit-entries";
import { csvDownload } from "@/lib/http/csv-download";
import { exportFilters } from "@/lib/http/export-filters";
import { withTenant } from "@/lib/http/with-tenant";

// "viewer" only resolves the tenant: listEveryAuditEntry turns a reseller away with 404
// before it checks the role, as the audit page does.
export const GET = withTenant<{ org: string }>("viewer", async ({ request, tenant }) => {
  const filters = exportFilters(request.nextUrl.searchParams);
  const batches = await listEveryAuditEntry(tenant, filters);
  return csvDownload({ name: `audit-trail-${tenant.orgSlug}`, header: auditCsvHeader(), batches, lines: auditCsvRows });
});
