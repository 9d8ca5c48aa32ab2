import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  isAtLeastOneBusinessDayAhead,
  isBusinessDay,
  isFederalHoliday,
  nextBusinessDay,
} from "./business-days";

const at = (iso: string) => new Date(iso);

describe("business days", () => {
  it.each([
    ["2026-11-25T12:00:00Z", true], // Wednesday
    ["2026-11-26T12:00:00Z", false], // Thanksgiving
    ["2026-11-28T12:00:00Z", false], // Saturday
    ["2026-07-03T12:00:00Z", false], // Independence Day observed on Friday
    ["2027-12-31T12:00:00Z", false], // New Year's Day 2028 observed
  ])("isBusinessDay(%s) is %s", (iso, expected) => {
    expect(isBusinessDay(at(iso))).toBe(expected);
  });

  it("uses the UTC calendar day, whatever the time of day", () => {
    expect(isFederalHoliday(at("2026-12-25T00:00:00Z"))).toBe(true);
    expect(isFederalHoliday(at("2026-12-25T23:59:59Z"))).toBe(true);
    expect(isFederalHoliday(at("2026-12-24T23:59:59Z"))).toBe(false);
  });

  it("adds business days over weekends and holidays, keeping the time", () => {
    expect(addBusinessDays(at("2026-11-25T15:30:00Z"), 1).toISOString()).toBe("2026-11-27T15:30:00.000Z");
    expect(addBusinessDays(at("2026-12-24T09:00:00Z"), 1).toISOString()).toBe("2026-12-28T09:00:00.000Z");
    expect(addBusinessDays(at("2026-11-30T09:00:00Z"), -1).toISOString()).toBe("2026-11-27T09:00:00.000Z");
    expect(addBusinessDays(at("2026-11-30T09:00:00Z"), 0).toISOString()).toBe("2026-11-30T09:00:00.000Z");
  });

  it("finds the next business day at midnight UTC", () => {
    expect(nextBusinessDay(at("2026-11-25T23:00:00Z")).toISOString()).toBe("2026-11-27T00:00:00.000Z");
    expect(nextBusinessDay(at("2026-11-27T08:00:00Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });

  it("decides the one-business-day-ahead rule", () => {
    const now = at("2026-11-27T10:00:00Z"); // Friday
    expect(isAtLeastOneBusinessDayAhead(at("2026-11-28T10:00:00Z"), now)).toBe(false);
    expect(isAtLeastOneBusinessDayAhead(at("2026-11-30T00:00:00Z"), now)).toBe(true);
  });
});
