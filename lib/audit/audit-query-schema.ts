import { z } from "zod";
import { calendarDayField } from "@/lib/dates/calendar-day-field";

// The audit trail's filters as they travel in the URL: shared by the filter bar, the page
// and the CSV route, which parse them the same way. Dates are calendar days (YYYY-MM-DD,
// UTC) of when the entry was recorded.

export const AUDIT_PAGE_SIZE = 50;

export const AuditQuerySchema = z
  .object({
    /** Part of the e-mail address of whoever acted. */
    actor: z.string().trim().min(1).max(254, "Use at most 254 characters.").optional(),
    /** A category (sign-in, settings, credentials, roles, orders), an action, or the start of one. */
    action: z
      .string()
      .trim()
      .max(64, "Choose an action from the list.")
      .regex(/^[a-z][a-z_.-]*$/, "Choose an action from the list.")
      .optional(),
    /** What was acted on: the portal's id of it, or an order's voice or external order ID. */
    target: z.string().trim().min(1).max(100, "Use at most 100 characters.").optional(),
    /** An address, or its start (203.0.113.). */
    address: z
      .string()
      .trim()
      .max(64, "Use at most 64 characters.")
      .regex(/^[0-9A-Za-z:.[\]-]+$/, "Enter an address such as 203.0.113.7, or the start of one.")
      .optional(),
    from: calendarDayField.optional(),
    to: calendarDayField.optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(AUDIT_PAGE_SIZE),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], message: "The end date is before the start date." });

export type AuditQuery = z.input<typeof AuditQuerySchema>;
export type ParsedAuditQuery = z.output<typeof AuditQuerySchema>;

/** The filter keys, in the order the filter bar shows them. */
export const AUDIT_FILTER_KEYS = ["actor", "action", "target", "address", "from", "to"] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
