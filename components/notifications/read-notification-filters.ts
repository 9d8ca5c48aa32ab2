import { readUrlFilters, type SearchParams } from "@/components/ui/read-url-filters";
import { ListNotificationsQuerySchema, NOTIFICATION_FILTER_KEYS, type NotificationFilterKey } from "@/lib/notifications/list-notifications-schema";

/** The filters as they stand in the URL (strings, unvalidated: the server parses them). */
export type NotificationFilterValues = Partial<Record<NotificationFilterKey | "pageSize", string>>;

const MESSAGES: Partial<Record<NotificationFilterKey, string>> = {
  source: "Choose webhook or poll.",
  outcome: "Choose an outcome from the list.",
};

/** The notifications list's filters from the URL. */
export function readNotificationFilters(searchParams: SearchParams) {
  return readUrlFilters(searchParams, { schema: ListNotificationsQuerySchema, filterKeys: NOTIFICATION_FILTER_KEYS, messages: MESSAGES });
}
