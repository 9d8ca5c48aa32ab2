import { z } from "zod";

/**
 * A calendar day as list filters carry it in the URL (YYYY-MM-DD, UTC). Zod runs the
 * refinement even when the pattern failed, so it must cope with any text: "garbage" and
 * "2026-13-45" are refused here, never thrown on.
 */
export const calendarDayField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-26.")
  .refine(isCalendarDay, "There is no such day.");

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
