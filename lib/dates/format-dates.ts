// How every page writes a date, on the server and in every browser alike.
// - Lumen's dates (an FOC date, a requested port or disconnect date) are UTC calendar
//   days: "Thu 3 Dec", with the year where the day may be months away or the reader must
//   be certain of it.
// - An instant written on the server (or before the browser takes over, see OrderTime)
//   is in UTC, to the minute: "Thu 3 Dec 2026, 14:05 UTC".
// E-mails keep their own "Thu 2026-12-03 14:05 UTC", which no mail reader can misread.

const SHORT = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
const WITH_YEAR = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "Thu 3 Dec" (or "Thu 3 Dec 2026") for a Date, an ISO instant or a YYYY-MM-DD day. */
export function formatCalendarDay(day: Date | string, options: { year?: boolean } = {}): string {
  const date = typeof day === "string" ? new Date(day.length === 10 ? `${day}T00:00:00Z` : day) : day;
  return (options.year ? WITH_YEAR : SHORT).format(date).replaceAll(",", "");
}

/** "Thu 3 Dec 2026, 14:05 UTC". */
export function formatUtcMinute(instant: Date | string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  return `${formatCalendarDay(date, { year: true })}, ${date.toISOString().slice(11, 16)} UTC`;
}
