// The virtual clock. Virtual time runs `scale` times faster than real time from an
// anchor, and admin steps move the anchor. Everything time-based in the sandbox (order
// lifecycles, backorder expiry, FOC dates, token expiry) reads this clock, never Date.now.

export interface VirtualClock {
  now(): number;
  readonly scale: number;
  advance(ms: number): void;
  set(virtualMs: number): void;
  /** Jump anywhere, backwards included: only for a state reset, which drops every timer. */
  reset(virtualMs: number): void;
  setScale(scale: number): void;
  /** Real milliseconds until the virtual clock reaches `virtualMs` (Infinity if frozen). */
  realDelayUntil(virtualMs: number): number;
  onChange(listener: () => void): void;
}

export function createVirtualClock(
  startVirtualMs: number,
  initialScale: number,
  realNow: () => number = Date.now,
): VirtualClock {
  let anchorVirtual = startVirtualMs;
  let anchorReal = realNow();
  let scale = initialScale;
  const listeners: Array<() => void> = [];

  const now = () => Math.floor(anchorVirtual + (realNow() - anchorReal) * scale);
  const reanchor = (virtualMs: number) => {
    anchorVirtual = virtualMs;
    anchorReal = realNow();
    for (const listener of listeners) listener();
  };

  return {
    now,
    get scale() {
      return scale;
    },
    advance(ms) {
      if (ms < 0) throw new RangeError("The virtual clock only moves forward");
      reanchor(now() + ms);
    },
    set(virtualMs) {
      // Moving back would replay or skip timers in confusing ways; a reset is the way back.
      if (virtualMs < now()) throw new RangeError("The virtual clock only moves forward");
      reanchor(virtualMs);
    },
    reset(virtualMs) {
      reanchor(virtualMs);
    },
    setScale(next) {
      const current = now();
      scale = next;
      reanchor(current);
    },
    realDelayUntil(virtualMs) {
      const remaining = virtualMs - now();
      if (remaining <= 0) return 0;
      return scale === 0 ? Infinity : remaining / scale;
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
