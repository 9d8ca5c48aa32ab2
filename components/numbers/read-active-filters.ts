import { readUrlFilters, type SearchParams } from "@/components/ui/read-url-filters";
import { ACTIVE_FILTER_KEYS, ActiveNumbersQuerySchema, type ActiveFilterKey } from "@/lib/numbers/active-numbers-query";

/** The filters as they stand in the URL (strings, unvalidated: the server parses them). */
export type ActiveFilterValues = Partial<Record<ActiveFilterKey | "pageSize", string>>;

/**
 * The active-numbers filters from the URL; `exportSearch` serves the CSV, which takes every
 * matching number. `staff` false drops the sub-account filter for a reseller's users.
 */
export function readActiveFilters(searchParams: SearchParams, staff: boolean) {
  return readUrlFilters(searchParams, {
    schema: ActiveNumbersQuerySchema,
    filterKeys: ACTIVE_FILTER_KEYS,
    ignore: staff ? [] : ["subAccount"],
  });
}
