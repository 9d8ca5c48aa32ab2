import { describe, expect, it } from "vitest";
import { MAX_POLL_BACKOFF_SECONDS, nextPollDelaySeconds } from "./poll-backoff";

describe("the notification poll's backoff", () => {
  it.each([
    [0, 60],
    [1, 120],
    [2, 240],
    [3, 480],
    [4, MAX_POLL_BACKOFF_SECONDS],
    [40, MAX_POLL_BACKOFF_SECONDS],
  ])("after %i failures in a row a 60 s interval waits %i s", (failures, seconds) => {
    expect(nextPollDelaySeconds(60, failures)).toBe(seconds);
  });

  it("never waits less than the interval, even one longer than the cap", () => {
    expect(nextPollDelaySeconds(3600, 3)).toBe(3600);
  });
});
