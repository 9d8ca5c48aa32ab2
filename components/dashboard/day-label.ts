// Dates on the dashboard are UTC calendar days (as Lumen's are), labelled the same on the
// server and in every browser.
const DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const WEEKDAY_DAY = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });

/** "Dec 2" for "2026-12-02" or an ISO instant. */
export function dayLabel(isoDay: string): string {
  return DAY.format(new Date(isoDay.length === 10 ? `${isoDay}T00:00:00Z` : isoDay));
}

/** "Wed, Dec 2". */
export function weekdayLabel(isoDay: string): string {
  return WEEKDAY_DAY.format(new Date(isoDay.length === 10 ? `${isoDay}T00:00:00Z` : isoDay));
}
