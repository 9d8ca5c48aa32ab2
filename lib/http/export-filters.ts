/**
 * A list page's filters from a CSV download's address: every value given, trimmed, and
 * none of the paging (an export holds every row the filters match).
 */
export function exportFilters(searchParams: URLSearchParams): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const [key, value] of searchParams) if (value.trim() !== "" && key !== "page" && key !== "pageSize") filters[key] = value.trim();
  return filters;
}
