// How long an organization's next notification poll waits. On success: its interval.
// After failures in a row (Lumen down, credentials refused): the interval doubled per
// failure, 1×, 2×, 4× … up to MAX_POLL_BACKOFF_SECONDS, so an outage costs Lumen a few
// calls an hour rather than one a minute. The next success starts again at 1×.

export const MAX_POLL_BACKOFF_SECONDS = 15 * 60;

export function nextPollDelaySeconds(intervalSeconds: number, failuresInARow: number): number {
  const interval = Math.max(1, intervalSeconds);
  const backedOff = Math.min(interval * 2 ** failuresInARow, MAX_POLL_BACKOFF_SECONDS);
  // An interval longer than the cap is never shortened by a failure.
  return Math.max(interval, backedOff);
}
