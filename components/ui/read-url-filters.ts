import type { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

interface UrlFilterSpec<Key extends string, Schema extends z.ZodType> {
  /** The server's own schema for the list's query. */
  schema: Schema;
  /** The filters the user sets; with `pageSize` these are kept in the list's links. */
  filterKeys: readonly Key[];
  /** Plainer words than the schema's for a refused filter. */
  messages?: Partial<Record<Key, string>>;
  /** Filters this user may not set, dropped as if absent. */
  ignore?: readonly Key[];
}

/**
 * Reads a list's filters from the URL with the schema the server uses: empty values are no
 * filter, bad paging falls back to the first page at the default size, and a refused
 * filter becomes a message for its field instead of an exception.
 */
export function readUrlFilters<Key extends string, Schema extends z.ZodType>(
  searchParams: SearchParams,
  { schema, filterKeys, messages = {}, ignore = [] }: UrlFilterSpec<Key, Schema>,
) {
  const kept: readonly string[] = [...filterKeys, "pageSize"];
  const values: Partial<Record<Key | "pageSize", string>> = {};
  let page: string | undefined;
  for (const [key, value] of Object.entries(searchParams)) {
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text || (ignore as readonly string[]).includes(key)) continue;
    if (kept.includes(key)) values[key as Key | "pageSize"] = text;
    if (key === "page") page = text;
  }

  const fieldErrors: Partial<Record<Key, string>> = {};
  const input: Record<string, string> = { ...(values as Record<string, string>), ...(page !== undefined && { page }) };
  const first = schema.safeParse(input);
  if (!first.success) {
    for (const issue of first.error.issues) {
      const key = issue.path[0];
      if (key === "page" || key === "pageSize") {
        delete values.pageSize;
        delete input.page;
        delete input.pageSize;
      } else if (typeof key === "string" && (filterKeys as readonly string[]).includes(key)) {
        fieldErrors[key as Key] ??= messages[key as Key] ?? issue.message;
      }
    }
  }
  const parsed = schema.safeParse(input);
  return {
    valid: parsed.success && Object.keys(fieldErrors).length === 0,
    /** What the list's data function receives; only meaningful when `valid`. */
    query: (parsed.success ? parsed.data : null) as z.output<Schema>,
    values,
    fieldErrors,
    active: filterKeys.some((key) => values[key] !== undefined),
    /** The filters as a query string without the page number ("" for none). */
    search: new URLSearchParams(values as Record<string, string>).toString(),
    /** The filters alone, without paging: for an export, which has no pages. */
    exportSearch: new URLSearchParams(
      Object.entries(values as Record<string, string>).filter(([key]) => key !== "pageSize"),
    ).toString(),
  };
}
