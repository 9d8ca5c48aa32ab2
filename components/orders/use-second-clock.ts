import { useSyncExternalStore } from "react";

// The current second, for live countdowns. The server renders without a clock (null) and
// the browser takes over after hydration, so server and client HTML never disagree.

function subscribeToSeconds(onTick: () => void) {
  const timer = setInterval(onTick, 1000);
  return () => clearInterval(timer);
}
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;
const onServer = () => null;

/** Milliseconds since the epoch, whole seconds, updated every second; null while rendering on the server. */
export function useSecondClock(): number | null {
  return useSyncExternalStore(subscribeToSeconds, currentSecond, onServer);
}
