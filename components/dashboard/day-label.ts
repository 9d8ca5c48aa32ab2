import { formatCalendarDay } from "@/lib/dates/format-dates";

// Dates on the dashboard are UTC calendar days (as Lumen's are), labelled the same on the
// server and in every browser, and as every other page labels them (calendar-day.ts).
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "2 Dec" for "2026-12-02" or an ISO instant: a chart's axis, where the weekday would crowd. */
export function dayLabel(isoDay: string): string {
  return DAY.format(new Date(isoDay.length === 10 ? `${isoDay}T00:00:00Z` : isoDay));
}

/** "Wed 2 Dec". */
export function weekdayLabel(isoDay: string): string {
  return formatCalendarDay(isoDay);
}
