// Business-day arithmetic for Lumen's date rules: disconnects at least one business day
// ahead (20068), FOC dates and the "cancel up to one business day before FOC" window
// (20066). A business day is Monday to Friday and not a US federal holiday, observed
// dates included (e.g. Friday 2026-07-03 for Independence Day on a Saturday).
//
// Days are UTC calendar days because Lumen's dates travel as YYYY-MM-DDTHH:MM:SSZ; the
// guide names no time zone for "business day", so this is our plainest reading.
// Every function takes its dates as arguments: the simulator runs on a virtual clock,
// so nothing here reads the wall clock.
//
// The arithmetic is plain UTC milliseconds rather than date-fns: date-fns steps local
// calendar days, which shifts the UTC time of day across a DST change on a machine whose
// TZ is not UTC.
import Holidays from "date-holidays";

const DAY_MS = 24 * 60 * 60 * 1000;

const federalHolidays = new Holidays("US");
const holidayKeysByYear = new Map<number, ReadonlySet<string>>();

function utcDayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function holidayKeys(year: number): ReadonlySet<string> {
  let keys = holidayKeysByYear.get(year);
  if (!keys) {
    keys = new Set(
      federalHolidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public")
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidayKeysByYear.set(year, keys);
  }
  return keys;
}

/** Midnight UTC of the date's UTC calendar day. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function isFederalHoliday(date: Date): boolean {
  return holidayKeys(date.getUTCFullYear()).has(utcDayKey(date));
}

export function isBusinessDay(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isFederalHoliday(date);
}

/**
 * Moves `count` business days forward (or back, when negative), keeping the time of day.
 * `addBusinessDays(friday, 1)` is the next Monday unless Monday is a holiday.
 */
export function addBusinessDays(date: Date, count: number): Date {
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(count);
  let current = date;
  while (remaining > 0) {
    current = new Date(current.getTime() + step * DAY_MS);
    if (isBusinessDay(current)) remaining -= 1;
  }
  return current;
}

/** The first business day strictly after `date`'s calendar day, at midnight UTC. */
export function nextBusinessDay(date: Date): Date {
  return startOfUtcDay(addBusinessDays(date, 1));
}

/** True when `date` falls on or after the first business day after `now` (rule 20068). */
export function isAtLeastOneBusinessDayAhead(date: Date, now: Date): boolean {
  return date.getTime() >= nextBusinessDay(now).getTime();
}
