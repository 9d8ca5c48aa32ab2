import { AUDIT_FILTER_KEYS, AuditQuerySchema, type AuditFilterKey } from "@/lib/audit/audit-query-schema";
import { readUrlFilters, type SearchParams } from "@/components/ui/read-url-filters";

/** The filters as they stand in the URL (strings, unvalidated: the server parses them). */
export type AuditFilterValues = Partial<Record<AuditFilterKey | "pageSize", string>>;

/** The audit trail's filters from the URL; `exportSearch` serves the CSV, which has no pages. */
export function readAuditFilters(searchParams: SearchParams) {
  return readUrlFilters(searchParams, { schema: AuditQuerySchema, filterKeys: AUDIT_FILTER_KEYS });
}
