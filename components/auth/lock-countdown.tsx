"use client";

import { useSyncExternalStore } from "react";

function subscribeToSeconds(onTick: () => void) {
  const timer = setInterval(onTick, 1000);
  return () => clearInterval(timer);
}
const currentSecond = () => Math.floor(Date.now() / 1000);
// Never rendered on the server (a lock only exists after a sign-in attempt); 0 satisfies React.
const serverSecond = () => 0;

/** "m:ss" until `until` (epoch ms). Ticks by itself, so the form around it does not re-render. */
export function LockCountdown({ until }: { until: number }) {
  const now = useSyncExternalStore(subscribeToSeconds, currentSecond, serverSecond);
  const seconds = Math.max(0, Math.ceil(until / 1000) - now);
  return (
    <span className="font-mono font-medium">
      {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, "0")}
    </span>
  );
}
