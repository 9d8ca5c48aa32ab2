// The countdown to Lumen's approval deadline, in two voices: the clock a sighted reader
// watches tick every second, and a coarse sentence for screen readers that changes only
// every 15 minutes (every 5 in the last hour, every minute in the last 10), so an
// aria-live region speaks it now and then instead of every second.

export interface Countdown {
  expired: boolean;
  /** "3:59:08", or "expired". */
  clock: string;
  /** "Less than 3 hours 45 minutes left to decide." */
  spoken: string;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export function describeCountdown(deadline: Date, now: number): Countdown {
  const remaining = deadline.getTime() - now;
  if (remaining <= 0) {
    return { expired: true, clock: "expired", spoken: "The time to decide has expired." };
  }
  const seconds = Math.ceil(remaining / SECOND);
  const clock = `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return { expired: false, clock, spoken: `Less than ${spokenDuration(ceilTo(remaining, announceStep(remaining)))} left to decide.` };
}

function announceStep(remaining: number): number {
  if (remaining > HOUR) return 15 * MINUTE;
  if (remaining > 10 * MINUTE) return 5 * MINUTE;
  return MINUTE;
}

function ceilTo(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}

function spokenDuration(ms: number): string {
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.round((ms % HOUR) / MINUTE);
  const parts = [hours && plural(hours, "hour"), minutes && plural(minutes, "minute")].filter(Boolean);
  return parts.join(" ");
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
