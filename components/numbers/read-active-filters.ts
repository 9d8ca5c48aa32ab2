import {
  ACTIVE_FILTER_KEYS,
  ActiveNumbersQuerySchema,
  type ActiveFilterKey,
  type ParsedActiveNumbersQuery,
} from "@/lib/numbers/active-numbers-query";

type SearchParams = Record<string, string | string[] | undefined>;

/** The filters as they stand in the URL (strings, unvalidated: the server parses them). */
export type ActiveFilterValues = Partial<Record<ActiveFilterKey | "pageSize", string>>;

const KEPT_KEYS = [...ACTIVE_FILTER_KEYS, "pageSize"] as const;

/**
 * Reads the active-numbers filters from the URL the way the server parses them: empty
 * values are no filter, bad paging falls back to the first page, a refused filter becomes
 * a message for its field. `staff` drops the sub-account filter for a reseller's users.
 */
export function readActiveFilters(searchParams: SearchParams, staff: boolean) {
  const values: ActiveFilterValues = {};
  let page: string | undefined;
  for (const [key, value] of Object.entries(searchParams)) {
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text) continue;
    if (key === "subAccount" && !staff) continue;
    if ((KEPT_KEYS as readonly string[]).includes(key)) values[key as keyof ActiveFilterValues] = text;
    if (key === "page") page = text;
  }

  const fieldErrors: Partial<Record<ActiveFilterKey, string>> = {};
  const input: Record<string, string> = { ...values, ...(page !== undefined && { page }) };
  const first = ActiveNumbersQuerySchema.safeParse(input);
  if (!first.success) {
    for (const issue of first.error.issues) {
      const key = issue.path[0];
      if (key === "page" || key === "pageSize") {
        delete values.pageSize;
        delete input.page;
        delete input.pageSize;
      } else if (typeof key === "string" && (ACTIVE_FILTER_KEYS as readonly string[]).includes(key)) {
        fieldErrors[key as ActiveFilterKey] ??= issue.message;
      }
    }
  }
  const parsed = ActiveNumbersQuerySchema.safeParse(input);
  const valid = parsed.success && Object.keys(fieldErrors).length === 0;
  return {
    valid,
    /** What listActiveNumbers receives; only meaningful when `valid`. */
    query: (parsed.success ? parsed.data : null) as ParsedActiveNumbersQuery,
    values,
    fieldErrors,
    active: ACTIVE_FILTER_KEYS.some((key) => values[key] !== undefined),
    /** The filters as a query string without the page number ("" for none). */
    search: new URLSearchParams(values as Record<string, string>).toString(),
    /** The filters for the CSV export, which takes every matching number. */
    exportSearch: new URLSearchParams(Object.entries(values).filter(([key]) => key !== "pageSize") as Array<[string, string]>).toString(),
  };
}
