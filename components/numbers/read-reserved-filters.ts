import { toLumenIssues } from "@/lib/lumen/lumen-rule";
import {
  RESERVED_FILTER_KEYS,
  ReservedNumbersQuerySchema,
  type ParsedReservedNumbersQuery,
  type ReservedFilterKey,
} from "@/lib/numbers/reserved-numbers-query";

type SearchParams = Record<string, string | string[] | undefined>;

/** The filters as they stand in the URL (strings, unvalidated: the server parses them). */
export type ReservedFilterValues = Partial<Record<ReservedFilterKey | "pageSize", string>>;

const KEPT_KEYS = [...RESERVED_FILTER_KEYS, "pageSize"] as const;

/**
 * Reads the reserved-numbers filters from the URL the way the server parses them: empty
 * values are no filter, bad paging falls back to the first page, and a refused filter
 * becomes a message for its field — with Lumen's code where Lumen has one (20091).
 */
export function readReservedFilters(searchParams: SearchParams) {
  const values: ReservedFilterValues = {};
  let page: string | undefined;
  for (const [key, value] of Object.entries(searchParams)) {
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text) continue;
    if ((KEPT_KEYS as readonly string[]).includes(key)) values[key as keyof ReservedFilterValues] = text;
    if (key === "page") page = text;
  }

  const fieldErrors: Partial<Record<ReservedFilterKey, string>> = {};
  const input: Record<string, string> = { ...values, ...(page !== undefined && { page }) };
  const first = ReservedNumbersQuerySchema.safeParse(input);
  if (!first.success) {
    for (const issue of toLumenIssues(first.error)) {
      const key = issue.path[0];
      if (key === "page" || key === "pageSize") {
        // Paging is not worth an error: start again from the first page at the default size.
        delete values.pageSize;
        delete input.page;
        delete input.pageSize;
      } else if (typeof key === "string" && (RESERVED_FILTER_KEYS as readonly string[]).includes(key)) {
        fieldErrors[key as ReservedFilterKey] ??= issue.lumenCode === null ? issue.message : `Lumen ${issue.lumenCode}: ${issue.message}`;
      }
    }
  }
  const parsed = ReservedNumbersQuerySchema.safeParse(input);
  const valid = parsed.success && Object.keys(fieldErrors).length === 0;

  const withoutPage = new URLSearchParams(values as Record<string, string>).toString();
  return {
    valid,
    /** What listReservedNumbers receives; only meaningful when `valid`. */
    query: (parsed.success ? parsed.data : null) as ParsedReservedNumbersQuery,
    values,
    fieldErrors,
    active: RESERVED_FILTER_KEYS.some((key) => values[key] !== undefined),
    /** The filters as a query string without the page number ("" for none). */
    search: withoutPage,
    /** The filters for the CSV export, which takes every page at Lumen's largest page size. */
    exportSearch: new URLSearchParams(
      Object.entries(values).filter(([key]) => key !== "pageSize") as Array<[string, string]>,
    ).toString(),
  };
}
