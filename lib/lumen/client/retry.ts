// Bounded retries with full-jitter exponential backoff (delay drawn from 0..base·2^n,
// capped), so many portal instances retrying after one Lumen outage do not arrive in step.
// Only the caller knows what is safe to repeat: it passes `shouldRetry`.
import { setTimeout as sleepMs } from "node:timers/promises";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injected by tests so backoff costs no real time. */
  sleep: (ms: number) => Promise<unknown>;
  /** 0 ≤ value < 1; injected by tests for predictable delays. */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 2_000,
  sleep: (ms) => sleepMs(ms),
  random: Math.random,
};

export function backoffDelayMs(policy: RetryPolicy, retryNumber: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1));
  return Math.floor(policy.random() * ceiling);
}

/** Runs `attempt(1)`, `attempt(2)`, … until it succeeds, fails for good, or attempts run out. */
export async function withRetry<T>(
  policy: RetryPolicy,
  shouldRetry: (error: unknown) => boolean,
  attempt: (attemptNumber: number) => Promise<T>,
): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      if (attemptNumber >= policy.attempts || !shouldRetry(error)) throw error;
      await policy.sleep(backoffDelayMs(policy, attemptNumber));
    }
  }
}
