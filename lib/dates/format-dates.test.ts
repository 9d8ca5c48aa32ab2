import { describe, expect, it } from "vitest";
import { formatCalendarDay, formatUtcMinute } from "./format-dates";

describe("formatCalendarDay", () => {
  it("names a UTC calendar day the same way from a day, an instant or a Date", () => {
    expect(formatCalendarDay("2026-12-03")).toBe("Thu 3 Dec");
    expect(formatCalendarDay("2026-12-03T23:30:00Z")).toBe("Thu 3 Dec");
    expect(formatCalendarDay(new Date("2026-12-04T00:30:00Z"))).toBe("Fri 4 Dec");
    expect(formatCalendarDay(new Date(Date.UTC(2026, 11, 3)), { year: true })).toBe("Thu 3 Dec 2026");
  });

  it("writes an instant in UTC to the minute, with its day named the same way", () => {
    expect(formatUtcMinute("2026-12-03T14:05:59Z")).toBe("Thu 3 Dec 2026, 14:05 UTC");
  });
});
