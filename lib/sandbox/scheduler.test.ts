import { describe, expect, it } from "vitest";
import { createVirtualClock } from "./clock";
import { createScheduler } from "./scheduler";
import type { Job, SandboxState } from "./state";

// The clock and scheduler alone: scaling, stepping, and catching up in order after a
// step, with each job running at its own due time.

describe("virtual clock", () => {
  it("runs `scale` times faster than the real clock and steps forward only", () => {
    let real = 1_000;
    const clock = createVirtualClock(50_000, 60, () => real);
    real += 1_000;
    expect(clock.now()).toBe(50_000 + 60_000);
    clock.advance(5_000);
    expect(clock.now()).toBe(115_000);
    expect(() => clock.set(0)).toThrow(RangeError);
    expect(clock.realDelayUntil(175_000)).toBe(1_000);
  });
});

describe("scheduler", () => {
  it("replays jobs in due order after a step, each at its own due time, including jobs they schedule", () => {
    const clock = createVirtualClock(0, 0, () => 0);
    const state = { jobs: [] as Job[], sequence: { job: 0 } } as SandboxState;
    const ran: Array<[string, number]> = [];
    const scheduler = createScheduler(
      () => state,
      clock,
      (job) => {
        ran.push([job.voiceOrderId, job.dueAt]);
        // A follow-up due ten minutes after this job, not after the clock's "now".
        if (job.kind === "order.start") scheduler.schedule("reservation.complete", job.voiceOrderId, job.dueAt + 600_000);
      },
      () => {},
    );
    scheduler.schedule("order.start", "B", 120_000);
    scheduler.schedule("order.start", "A", 60_000);
    scheduler.schedule("backorder.expire", "C", 10 * 3_600_000);
    clock.advance(5 * 3_600_000);
    expect(ran).toEqual([
      ["A", 60_000],
      ["B", 120_000],
      ["A", 660_000],
      ["B", 720_000],
    ]);
    expect(state.jobs.map((job) => job.voiceOrderId)).toEqual(["C"]);
    scheduler.cancel("C");
    expect(state.jobs).toEqual([]);
  });
});
