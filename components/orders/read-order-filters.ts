import { ListOrdersQuerySchema, type ListOrdersQuery } from "@/lib/orders/list-orders-schema";
import type { OrderFilterValues } from "./orders-filter-bar";

type SearchParams = Record<string, string | string[] | undefined>;

/** The list's filters (paging aside), as the URL names them. */
export const ORDER_FILTER_KEYS = ["type", "status", "product", "from", "to", "subAccount", "submittedBy", "q"] as const;
const KEPT_KEYS = [...ORDER_FILTER_KEYS, "pageSize"] as const;

const MESSAGES: Partial<Record<keyof OrderFilterValues, string>> = {
  type: "Choose a type from the list.",
  status: "Choose a status from the list.",
  product: "Choose LI 2036 or ELS 2042.",
  subAccount: "Choose a sub-account from the list.",
  submittedBy: "Choose Anyone or Me.",
  q: "Search for at most 64 characters.",
};

/**
 * Reads the orders list's filters from the URL the way the server will parse them: empty
 * values are no filter, a bad page number falls back to the first page, and a filter the
 * schema refuses comes back as a message for that field instead of an exception.
 * `bySubAccount`: false for a reseller's user, whose list offers no such filter.
 */
export function readOrderFilters(searchParams: SearchParams, { bySubAccount = true }: { bySubAccount?: boolean } = {}) {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(searchParams)) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text !== undefined && text.trim() !== "") raw[key] = text.trim();
  }
  // A reseller's list has no sub-account filter to show or clear: one in its address is dropped.
  if (!bySubAccount) delete raw.subAccount;

  const values: OrderFilterValues = {};
  for (const key of KEPT_KEYS) if (raw[key] !== undefined) values[key] = raw[key];

  const input: Record<string, string> = { ...values, ...(raw.page !== undefined && { page: raw.page }) };
  const fieldErrors: Partial<Record<keyof OrderFilterValues, string>> = {};
  const first = ListOrdersQuerySchema.safeParse(input);
  if (!first.success) {
    for (const issue of first.error.issues) {
      const key = issue.path[0];
      if (key === "page" || key === "pageSize") {
        // Paging is not worth an error: start again from the first page at the default size.
        delete values.pageSize;
      } else if (typeof key === "string" && (ORDER_FILTER_KEYS as readonly string[]).includes(key)) {
        const field = key as keyof OrderFilterValues;
        fieldErrors[field] ??= MESSAGES[field] ?? issue.message;
      }
      if (typeof key === "string") delete input[key];
    }
  }
  if (input.from && input.to && !fieldErrors.from && !fieldErrors.to && input.from > input.to) {
    fieldErrors.to = "The end date is before the start date.";
  }
  const parsed = ListOrdersQuerySchema.safeParse(input);

  const valid = parsed.success && Object.keys(fieldErrors).length === 0;
  return {
    valid,
    /** What listOrders receives; only meaningful when `valid`. */
    query: (parsed.success ? parsed.data : {}) as ListOrdersQuery,
    values,
    fieldErrors,
    active: ORDER_FILTER_KEYS.some((key) => values[key] !== undefined),
    /** The filters alone, for the CSV download, which holds every page. */
    exportSearch: new URLSearchParams(Object.entries(values).filter(([key]) => key !== "pageSize") as Array<[string, string]>).toString(),
    /** The list's address with these filters and without a page number. */
    hrefWithoutPage(basePath: string) {
      const params = new URLSearchParams(values as Record<string, string>);
      const text = params.toString();
      return text ? `${basePath}?${text}` : basePath;
    },
  };
}
