// GET /api/orgs/[org]/audit.csv — the audit trail as a CSV, every entry the audit page's
// filters match. Admins and owners of the partner only: a reseller's user gets 404.
import { auditCsvHeader, auditCsvRows } from "@/lib/audit/audit-csv";
import { listEveryAuditEntry } from "@/lib/audit/list-audit-entries";
import { withTenant } from "@/lib/http/with-tenant";

// "viewer" only resolves the tenant: listEveryAuditEntry turns a reseller away with 404
// before it checks the role, as the audit page does.
export const GET = withTenant<{ org: string }>("viewer", async ({ request, tenant }) => {
  const filters: Record<string, string> = {};
  for (const [key, value] of request.nextUrl.searchParams) if (value.trim() !== "" && key !== "page" && key !== "pageSize") filters[key] = value.trim();
  const batches = await listEveryAuditEntry(tenant, filters);

  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  // Pulled batch by batch as the download is read, so a long trail is never held whole.
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(auditCsvHeader()));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(auditCsvRows(next.value)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-trail-${tenant.orgSlug}-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
});
