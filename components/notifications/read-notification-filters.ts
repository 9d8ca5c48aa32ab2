import {
  ListNotificationsQuerySchema,
  NOTIFICATION_FILTER_KEYS,
  type NotificationFilterKey,
  type ParsedListNotificationsQuery,
} from "@/lib/notifications/list-notifications-schema";

type SearchParams = Record<string, string | string[] | undefined>;

/** The filters as they stand in the URL (strings, unvalidated: the server parses them). */
export type NotificationFilterValues = Partial<Record<NotificationFilterKey | "pageSize", string>>;

const KEPT_KEYS = [...NOTIFICATION_FILTER_KEYS, "pageSize"] as const;

const MESSAGES: Partial<Record<NotificationFilterKey, string>> = {
  source: "Choose webhook or poll.",
  outcome: "Choose an outcome from the list.",
};

/**
 * Reads the notifications list's filters from the URL with the schema the server uses:
 * empty values are no filter, bad paging falls back to the first page, and a refused
 * filter becomes a message for its field instead of an exception.
 */
export function readNotificationFilters(searchParams: SearchParams) {
  const values: NotificationFilterValues = {};
  let page: string | undefined;
  for (const [key, value] of Object.entries(searchParams)) {
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text) continue;
    if ((KEPT_KEYS as readonly string[]).includes(key)) values[key as keyof NotificationFilterValues] = text;
    if (key === "page") page = text;
  }

  const fieldErrors: Partial<Record<NotificationFilterKey, string>> = {};
  const input: Record<string, string> = { ...values, ...(page !== undefined && { page }) };
  const first = ListNotificationsQuerySchema.safeParse(input);
  if (!first.success) {
    for (const issue of first.error.issues) {
      const key = issue.path[0];
      if (key === "page" || key === "pageSize") {
        // Paging is not worth an error: start again from the first page at the default size.
        delete values.pageSize;
        delete input.page;
        delete input.pageSize;
      } else if (typeof key === "string" && (NOTIFICATION_FILTER_KEYS as readonly string[]).includes(key)) {
        fieldErrors[key as NotificationFilterKey] ??= MESSAGES[key as NotificationFilterKey] ?? issue.message;
      }
    }
  }
  const parsed = ListNotificationsQuerySchema.safeParse(input);
  const valid = parsed.success && Object.keys(fieldErrors).length === 0;

  const withoutPage = new URLSearchParams(values as Record<string, string>).toString();
  return {
    valid,
    /** What listNotifications receives; only meaningful when `valid`. */
    query: (parsed.success ? parsed.data : null) as ParsedListNotificationsQuery,
    values,
    fieldErrors,
    active: NOTIFICATION_FILTER_KEYS.some((key) => values[key] !== undefined),
    /** The filters as a query string without the page number ("" for none). */
    search: withoutPage,
  };
}
