import { AUDIT_FILTER_KEYS, AuditQuerySchema, type AuditFilterKey, type ParsedAuditQuery } from "@/lib/audit/audit-query-schema";

type SearchParams = Record<string, string | string[] | undefined>;

/** The filters as they stand in the URL (strings, unvalidated: the server parses them). */
export type AuditFilterValues = Partial<Record<AuditFilterKey | "pageSize", string>>;

const KEPT_KEYS = [...AUDIT_FILTER_KEYS, "pageSize"] as const;

/**
 * Reads the audit trail's filters from the URL with the schema the server uses: empty
 * values are no filter, bad paging falls back to the first page, and a refused filter
 * becomes a message for its field instead of an exception.
 */
export function readAuditFilters(searchParams: SearchParams) {
  const values: AuditFilterValues = {};
  let page: string | undefined;
  for (const [key, value] of Object.entries(searchParams)) {
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text) continue;
    if ((KEPT_KEYS as readonly string[]).includes(key)) values[key as keyof AuditFilterValues] = text;
    if (key === "page") page = text;
  }

  const fieldErrors: Partial<Record<AuditFilterKey, string>> = {};
  const input: Record<string, string> = { ...values, ...(page !== undefined && { page }) };
  const first = AuditQuerySchema.safeParse(input);
  if (!first.success) {
    for (const issue of first.error.issues) {
      const key = issue.path[0];
      if (key === "page" || key === "pageSize") {
        // Paging is not worth an error: start again from the first page at the default size.
        delete values.pageSize;
        delete input.page;
        delete input.pageSize;
      } else if (typeof key === "string" && (AUDIT_FILTER_KEYS as readonly string[]).includes(key)) {
        fieldErrors[key as AuditFilterKey] ??= issue.message;
      }
    }
  }
  const parsed = AuditQuerySchema.safeParse(input);
  const valid = parsed.success && Object.keys(fieldErrors).length === 0;

  const filterValues = Object.fromEntries(AUDIT_FILTER_KEYS.flatMap((key) => (values[key] ? [[key, values[key]]] : [])));
  return {
    valid,
    /** What listAuditEntries receives; only meaningful when `valid`. */
    query: (parsed.success ? parsed.data : null) as ParsedAuditQuery,
    values,
    fieldErrors,
    active: AUDIT_FILTER_KEYS.some((key) => values[key] !== undefined),
    /** The filters as a query string without the page number ("" for none). */
    search: new URLSearchParams(values as Record<string, string>).toString(),
    /** The filters alone, for the CSV, which has no pages. */
    exportSearch: new URLSearchParams(filterValues).toString(),
  };
}
