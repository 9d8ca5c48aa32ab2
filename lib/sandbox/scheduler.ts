import type { VirtualClock } from "./clock";
import type { Job, JobKind, SandboxState } from "./state";

// Runs the order lifecycles' timers on the virtual clock. Jobs live in the state (so they
// survive a restart) sorted by due time. A job runs with its own due time as "now", and
// the jobs it schedules are due relative to that, so a clock step of five hours replays
// every intermediate step in order, exactly as if the time had passed.

export type JobRunner = (job: Job) => void;

export interface Scheduler {
  schedule(kind: JobKind, voiceOrderId: string, dueAt: number): void;
  /** Drop an order's pending jobs (of one kind, or all). */
  cancel(voiceOrderId: string, kind?: JobKind): void;
  /** Run every job that is due now; called by the timer and after each clock step. */
  runDue(): void;
  start(): void;
  stop(): void;
}

/** Longest real wait between checks, so a clock whose scale changes is never missed for long. */
const MAX_SLEEP_MS = 60_000;

export function createScheduler(
  getState: () => SandboxState,
  clock: VirtualClock,
  run: JobRunner,
  onChange: () => void,
): Scheduler {
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let stopped = true;

  function arm() {
    if (timer) clearTimeout(timer);
    timer = null;
    if (stopped) return;
    const next = getState().jobs[0];
    if (!next) return;
    const delay = Math.min(clock.realDelayUntil(next.dueAt), MAX_SLEEP_MS);
    timer = setTimeout(runDue, Math.ceil(delay));
    timer.unref();
  }

  function runDue() {
    // A job may schedule jobs that are already due; the loop picks them up in order.
    if (running) return;
    running = true;
    try {
      // Re-read the list each time: a job may cancel others, and a reset replaces the state.
      for (let next = getState().jobs[0]; next && next.dueAt <= clock.now(); next = getState().jobs[0]) {
        const job = getState().jobs.shift()!;
        try {
          run(job);
        } catch (error) {
          console.error(`[sandbox] job ${job.kind} for ${job.voiceOrderId} failed:`, error);
        }
        onChange();
      }
    } finally {
      running = false;
      arm();
    }
  }

  clock.onChange(runDue);

  return {
    schedule(kind, voiceOrderId, dueAt) {
      const state = getState();
      const job: Job = { id: ++state.sequence.job, kind, voiceOrderId, dueAt };
      const jobs = state.jobs;
      // Binary search keeps the list sorted by (dueAt, id): equal times run in creation order.
      let low = 0;
      let high = jobs.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (jobs[mid]!.dueAt <= dueAt) low = mid + 1;
        else high = mid;
      }
      jobs.splice(low, 0, job);
      if (low === 0 && !running) arm();
    },
    cancel(voiceOrderId, kind) {
      const state = getState();
      state.jobs = state.jobs.filter((job) => job.voiceOrderId !== voiceOrderId || (kind && job.kind !== kind));
    },
    runDue,
    start() {
      stopped = false;
      runDue();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
