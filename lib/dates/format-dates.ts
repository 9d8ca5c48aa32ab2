// How every page writes a date, on the server and in every browser alike.
// - Lumen's dates (an FOC date, a requested port or disconnect date) are UTC calendar
//   days: "Thu 3 Dec", with the year where the day may be months away or the reader must
//   be certain of it.
// - An instant written on the server (or before the browser takes over, see OrderTime)
//   is in UTC, to the minute: "Thu 3 Dec 2026, 14:05 UTC".
// E-mails keep their own "Thu 2026-12-03 14:05 UTC", which no mail reader can misread.

const SHORT = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
const WITH_YEAR = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
/** A chart's axis, where the weekday would crowd. */
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/**
 * "Thu 3 Dec" for a Date, an ISO instant or a YYYY-MM-DD day; "Thu 3 Dec 2026" with
 * `year`, "3 Dec" without `weekday`.
 */
export function formatCalendarDay(day: Date | string, options: { year?: boolean; weekday?: boolean } = {}): string {
  const date = typeof day === "string" ? new Date(day.length === 10 ? `${day}T00:00:00Z` : day) : day;
  const format = options.weekday === false ? DAY_MONTH : options.year ? WITH_YEAR : SHORT;
  return format.format(date).replaceAll(",", "");
}

/** "Thu 3 Dec 2026, 14:05 UTC". */
export function formatUtcMinute(instant: Date | string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  return `${formatCalendarDay(date, { year: true })}, ${date.toISOString().slice(11, 16)} UTC`;
}
