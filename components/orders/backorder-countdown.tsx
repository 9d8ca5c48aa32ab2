"use client";

import { formatUtcMinute } from "@/lib/dates/format-dates";
import { Timer } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { describeCountdown } from "./backorder-countdown-format";
import { useSecondClock } from "./use-second-clock";

/**
 * The time left to answer a backorder, ticking every second. `announce` adds a polite
 * live region that speaks a coarse sentence (every 15, then 5, then 1 minute), for the
 * one countdown on the order page; list rows stay silent.
 */
export function BackorderCountdown({ deadline, announce = false, className }: { deadline: string; announce?: boolean; className?: string }) {
  const now = useSecondClock();
  const end = new Date(deadline);
  if (now === null) {
    return (
      <span className={className}>
        until <time dateTime={deadline}>{formatUtcMinute(end)}</time>
      </span>
    );
  }
  const countdown = describeCountdown(end, now);
  return (
    <span className={cn("inline-flex items-center gap-1.5", className)}>
      <Timer aria-hidden className="size-4 shrink-0" />
      {/* role="timer" is not announced on its own; the sentence below is, now and then. */}
      <span role="timer" aria-label={countdown.expired ? "Time to decide: expired" : `Time left to decide: ${countdown.clock}`} className="font-mono tabular-nums">
        {countdown.expired ? "expired" : `${countdown.clock} left`}
      </span>
      {announce && (
        <span aria-live="polite" className="sr-only">
          {countdown.spoken}
        </span>
      )}
    </span>
  );
}
