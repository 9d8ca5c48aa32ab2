import { z } from "zod";

// The usage report's month, in the page's address (?month=2026-10) and in the CSV route's:
// the same schema reads both. Months are calendar months in UTC, like every date the
// portal stores, so a report does not change with the reader's time zone.

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month `now` falls in, as YYYY-MM (UTC). */
export function monthOf(now: Date): string {
  return now.toISOString().slice(0, 7);
}

/** Reads ?month=; without one, the current month. A month after the current one has nothing to report yet. */
export function makeUsageQuerySchema(now: () => Date = () => new Date()) {
  return z.object({
    month: z
      .string()
      .trim()
      .regex(MONTH_PATTERN, "Choose a month as YYYY-MM, for example 2026-10.")
      .refine((month) => month >= "2000-01", "Choose a month from 2000 on.")
      .refine((month) => month <= monthOf(now()), "This month has not started yet: choose the current month or an earlier one.")
      .optional()
      .transform((month) => month ?? monthOf(now())),
  });
}

export const UsageQuerySchema = makeUsageQuerySchema();
export type UsageQuery = z.output<typeof UsageQuerySchema>;

/** The month's first instant and the next month's first instant (UTC): [from, to). */
export function monthRange(month: string): { from: Date; to: Date } {
  const [, year, mm] = MONTH_PATTERN.exec(month) ?? [];
  if (!year || !mm) throw new Error(`Not a month: ${month}`);
  return { from: new Date(Date.UTC(Number(year), Number(mm) - 1, 1)), to: new Date(Date.UTC(Number(year), Number(mm), 1)) };
}

/** The month `delta` months away, as YYYY-MM. */
export function shiftMonth(month: string, delta: number): string {
  const { from } = monthRange(month);
  return monthOf(new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + delta, 1)));
}

/** "October 2026". */
export function monthLabel(month: string): string {
  return monthRange(month).from.toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
}
