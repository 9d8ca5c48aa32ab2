// The dates a disconnect may be asked for, read off the contract's own schema
// (makeDisconnectRequestSchema: not in the past, at least one business day ahead with US
// federal holidays skipped, at most 30 days out). The date picker's min and max come from
// here, so a day the picker offers is a day Lumen accepts and the rule lives in one place.
import { makeDisconnectRequestSchema } from "@/lib/lumen/schemas/disconnect-order";

export interface DateWindow {
  /** First and last day accepted, YYYY-MM-DD (UTC calendar days, as Lumen's dates are). */
  min: string;
  max: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// How far to look for the window: well past any rule the contract could hold for a disconnect.
const SEARCH_DAYS = 366;

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** A date from the picker as Lumen's date-time: midnight UTC of that day. */
export function toLumenDate(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day.trim()) ? `${day.trim()}T00:00:00Z` : day.trim();
}

/** The contiguous run of days the contract accepts for a disconnect requested at `now`. */
export function disconnectDateWindow(now: Date): DateWindow {
  const dateField = makeDisconnectRequestSchema({ now }).shape.customerRequestDate;
  const accepts = (day: string) => dateField.safeParse(toLumenDate(day)).success;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Array.from({ length: SEARCH_DAYS }, (_, offset) => dayOf(new Date(today + offset * DAY_MS)));
  const first = days.findIndex(accepts);
  if (first === -1) throw new Error("The disconnect schema accepts no date in the coming year.");
  const afterLast = days.findIndex((day, index) => index > first && !accepts(day));
  return { min: days[first]!, max: days[afterLast === -1 ? days.length - 1 : afterLast - 1]! };
}
