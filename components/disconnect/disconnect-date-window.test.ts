import { describe, expect, it } from "vitest";
import { lumenCodesOf } from "@/lib/lumen/lumen-rule";
import { makeDisconnectRequestSchema } from "@/lib/lumen/schemas/disconnect-order";
import { disconnectDateWindow, toLumenDate } from "./disconnect-date-window";

// The date picker's bounds against the contract around Thanksgiving 2026 (Thursday
// 2026-11-26, a federal holiday) and the weekend after it: the first day offered is the
// first day Lumen takes, the last the last, and the days just outside are refused.

const DAY_MS = 24 * 60 * 60 * 1000;
const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

function codesFor(now: Date, day: string): number[] {
  const result = makeDisconnectRequestSchema({ now }).safeParse({ tnList: ["3039740101"], customerRequestDate: toLumenDate(day) });
  return result.success ? [] : lumenCodesOf(result.error);
}

describe("the disconnect date picker's window is the contract's", () => {
  it.each([
    // Asked on the Wednesday before: Thursday is the holiday, Friday the first business day.
    ["2026-11-25T15:00:00Z", "2026-11-27", "2026-12-25"],
    // Asked on Thanksgiving itself: still Friday.
    ["2026-11-26T09:00:00Z", "2026-11-27", "2026-12-26"],
    // Asked on the Friday after: the weekend is skipped, Monday is the first day.
    ["2026-11-27T23:30:00Z", "2026-11-30", "2026-12-27"],
    // Asked on the Saturday: Monday again.
    ["2026-11-28T00:00:00Z", "2026-11-30", "2026-12-28"],
  ])("asked at %s: from %s to %s", (at, min, max) => {
    const now = new Date(at);
    expect(disconnectDateWindow(now)).toEqual({ min, max });
    expect(codesFor(now, min)).toEqual([]);
    expect(codesFor(now, max)).toEqual([]);
    expect(codesFor(now, shift(min, -1))).toEqual([20068]);
    expect(codesFor(now, shift(max, 1))).toEqual([20213]);
  });

  it("offers the weekend after a business day: Lumen counts the day, not its weekday", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(disconnectDateWindow(now).min).toBe("2026-11-24");
    expect(codesFor(now, "2026-11-28")).toEqual([]);
    expect(codesFor(now, "2026-11-26")).toEqual([]);
  });
});
