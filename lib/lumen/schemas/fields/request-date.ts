// Lumen's date-times (YYYY-MM-DDTHH:MM:SSZ) and the rules that compare a requested date
// with "now". Schemas that need "now" are built by `make…Schema({ now })` factories:
// the portal passes the wall clock, the simulator its virtual clock, tests a fixed date.
// Comparisons are by UTC calendar day, as the messages speak of days, not hours.
import { isAtLeastOneBusinessDayAhead, startOfUtcDay } from "../../business-days";
import type { CodedStringSpec, StringRule } from "./coded";

export interface RuleClock {
  now: Date;
}

export const LUMEN_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A real calendar moment: rejects 2026-02-30T00:00:00Z, which the pattern lets through. */
function isRealDateTime(value: string): boolean {
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) + "Z" === value;
}

function dateTimeFormatRules(code: number): readonly StringRule[] {
  return [
    { code, pattern: LUMEN_DATE_TIME_PATTERN },
    { code, test: isRealDateTime },
  ];
}

export interface DateRule {
  code: number;
  holds: (date: Date) => boolean;
}

const utcDay = (date: Date) => startOfUtcDay(date).getTime();

/** 20214: not before today. */
export const notInThePast = ({ now }: RuleClock): DateRule => ({
  code: 20214,
  holds: (date) => utcDay(date) >= utcDay(now),
});

/** 20068: at least one business day after today. */
export const atLeastOneBusinessDayAhead = ({ now }: RuleClock): DateRule => ({
  code: 20068,
  holds: (date) => isAtLeastOneBusinessDayAhead(date, now),
});

/** 20213: no more than 30 days after today. */
export const withinThirtyDays = ({ now }: RuleClock): DateRule => ({
  code: 20213,
  holds: (date) => utcDay(date) <= utcDay(now) + 30 * DAY_MS,
});

/** 20231: at least one week (seven calendar days) after today, for install orders. */
export const atLeastOneWeekAhead = ({ now }: RuleClock): DateRule => ({
  code: 20231,
  holds: (date) => utcDay(date) >= utcDay(now) + 7 * DAY_MS,
});

/** A date-time field spec: format first, then each date rule in order. */
export function dateTimeSpec(spec: {
  missing?: number;
  format: number;
  rules?: readonly DateRule[];
  /** What the date is for, put before the format in the field's description. */
  purpose?: string;
}): CodedStringSpec {
  const dateRules: StringRule[] = (spec.rules ?? []).map((rule) => ({
    code: rule.code,
    test: (value: string) => rule.holds(new Date(value)),
  }));
  return {
    missing: spec.missing,
    rules: [...dateTimeFormatRules(spec.format), ...dateRules],
    meta: { description: [spec.purpose, "UTC date-time, YYYY-MM-DDTHH:MM:SSZ."].filter(Boolean).join(" ") },
  };
}
