"use client";

import { useSyncExternalStore } from "react";

// The time left to approve a backorder, ticking each second. The server does not render
// a countdown (its clock is not the reader's); it shows the deadline in UTC until hydration.

function subscribeToSeconds(onTick: () => void) {
  const timer = setInterval(onTick, 1_000);
  return () => clearInterval(timer);
}
const currentSecond = () => Math.floor(Date.now() / 1_000);
const onServer = () => null;

function timeLeft(ms: number): string {
  const total = Math.floor(ms / 1_000);
  const hours = Math.floor(total / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours} h ${String(minutes).padStart(2, "0")} min ${seconds} s` : `${minutes} min ${seconds} s`;
}

export function ApprovalCountdown({ deadline }: { deadline: string }) {
  const second = useSyncExternalStore(subscribeToSeconds, currentSecond, onServer);
  const at = new Date(deadline);
  if (second === null) {
    return <time dateTime={deadline}>until {deadline.slice(11, 16)} UTC</time>;
  }
  const left = at.getTime() - second * 1_000;
  // A timer is not announced on every tick; the exact deadline is in the title.
  return (
    <time role="timer" dateTime={deadline} title={`Deadline ${at.toLocaleString()}`} className="tabular-nums">
      {left > 0 ? `${timeLeft(left)} left` : "Deadline passed"}
    </time>
  );
}
