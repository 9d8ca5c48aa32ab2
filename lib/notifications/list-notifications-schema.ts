import { z } from "zod";
import { calendarDayField } from "@/lib/dates/calendar-day-field";
import { NotificationOutcome, NotificationSource } from "@/lib/db/generated/enums";
import { toTenDigitTn } from "@/lib/lumen/telephone-numbers";

// The notifications list's filters as they travel in the URL: shared by the filter bar,
// the page and GET /api/orgs/[org]/notifications, which parse them the same way. Dates
// are calendar days (YYYY-MM-DD, UTC) of the time the portal received a notification.

export const NOTIFICATIONS_PAGE_SIZE = 25;
const CODE_MESSAGE = "Enter a notification code, a whole number such as 903.";

export const ListNotificationsQuerySchema = z
  .object({
    code: z.coerce
      .number({ error: CODE_MESSAGE })
      .int(CODE_MESSAGE)
      .min(1, CODE_MESSAGE)
      .max(999_999, CODE_MESSAGE)
      .optional(),
    /** A voice order ID, an external order ID or the portal's own order ID. */
    order: z.string().trim().min(1).max(64, "Use at most 64 characters.").optional(),
    /** Ten digits or E.164; any spaces, dots, dashes or brackets are ignored. */
    tn: z
      .string()
      .trim()
      .transform((value, ctx) => {
        const tn = toTenDigitTn(value.replace(/[\s().-]/g, ""));
        if (tn === null) {
          ctx.addIssue({ code: "custom", message: "Enter a telephone number: 10 digits or E.164 (+1…)." });
          return z.NEVER;
        }
        return tn;
      })
      .optional(),
    source: z.enum(Object.values(NotificationSource) as [NotificationSource, ...NotificationSource[]]).optional(),
    outcome: z.enum(Object.values(NotificationOutcome) as [NotificationOutcome, ...NotificationOutcome[]]).optional(),
    from: calendarDayField.optional(),
    to: calendarDayField.optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(NOTIFICATIONS_PAGE_SIZE),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], message: "The end date is before the start date." });

export type ListNotificationsQuery = z.input<typeof ListNotificationsQuerySchema>;
export type ParsedListNotificationsQuery = z.output<typeof ListNotificationsQuerySchema>;

/** The filter keys, in the order the filter bar shows them. */
export const NOTIFICATION_FILTER_KEYS = ["code", "order", "tn", "source", "outcome", "from", "to"] as const;
export type NotificationFilterKey = (typeof NOTIFICATION_FILTER_KEYS)[number];
