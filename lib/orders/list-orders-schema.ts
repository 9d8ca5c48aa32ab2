import { z } from "zod";
import { calendarDayField } from "@/lib/dates/calendar-day-field";
import { OrderStatus, OrderType } from "@/lib/db/generated/enums";

// The orders list's filters as they travel in the URL: shared by the filter bar and the
// server, which parses them again. Dates are calendar days (YYYY-MM-DD, UTC).

/** The longest search the orders list takes (and so the header's "Go to" box). */
export const ORDER_SEARCH_MAX_LENGTH = 64;

export const ListOrdersQuerySchema = z.object({
  type: z.enum(Object.values(OrderType) as [OrderType, ...OrderType[]]).optional(),
  status: z.enum(Object.values(OrderStatus) as [OrderStatus, ...OrderStatus[]]).optional(),
  product: z.enum(["2036", "2042"]).optional(),
  from: calendarDayField.optional(),
  to: calendarDayField.optional(),
  subAccount: z.string().min(1).max(64).optional(),
  /** "me": only the orders the signed-in person placed. */
  submittedBy: z.literal("me").optional(),
  /** A telephone number (any spelling), a voice order ID or our externalOrderID. */
  q: z.string().trim().min(1).max(ORDER_SEARCH_MAX_LENGTH).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
}).refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], message: "The end date is before the start date." });
export type ListOrdersQuery = z.input<typeof ListOrdersQuerySchema>;
