import { describe, expect, it } from "vitest";
import { describeCountdown } from "./backorder-countdown-format";

const deadline = new Date("2026-03-02T19:00:00Z");
const before = (ms: number) => deadline.getTime() - ms;
const S = 1000;
const M = 60 * S;
const H = 60 * M;

describe("describeCountdown", () => {
  it.each([
    ["the whole four hours", before(4 * H), "4:00:00", "Less than 4 hours left to decide."],
    ["one second into the window", before(4 * H - S), "3:59:59", "Less than 4 hours left to decide."],
    ["a quarter-hour step", before(3 * H + 44 * M + 59 * S), "3:44:59", "Less than 3 hours 45 minutes left to decide."],
    ["just over an hour", before(H + S), "1:00:01", "Less than 1 hour 15 minutes left to decide."],
    ["five-minute steps in the last hour", before(59 * M), "0:59:00", "Less than 1 hour left to decide."],
    ["", before(42 * M + 30 * S), "0:42:30", "Less than 45 minutes left to decide."],
    ["minute steps in the last ten minutes", before(9 * M + 10 * S), "0:09:10", "Less than 10 minutes left to decide."],
    ["the last minute", before(20 * S), "0:00:20", "Less than 1 minute left to decide."],
    ["a part of a second rounds up, never shows 0:00:00 early", before(400), "0:00:01", "Less than 1 minute left to decide."],
  ])("%s: %s", (_, now, clock, spoken) => {
    expect(describeCountdown(deadline, now)).toEqual({ expired: false, clock, spoken });
  });

  it.each([
    ["at the deadline", deadline.getTime()],
    ["after it", deadline.getTime() + 5 * M],
  ])("is expired %s", (_, now) => {
    expect(describeCountdown(deadline, now)).toEqual({ expired: true, clock: "expired", spoken: "The time to decide has expired." });
  });

  it("the spoken sentence changes far less often than the clock", () => {
    const spoken = new Set<string>();
    for (let now = before(4 * H); now < deadline.getTime(); now += S) spoken.add(describeCountdown(deadline, now).spoken);
    // 12 quarter-hours above one hour, 10 five-minute steps to ten minutes, 10 minutes.
    expect(spoken.size).toBe(12 + 10 + 10);
  });
});
