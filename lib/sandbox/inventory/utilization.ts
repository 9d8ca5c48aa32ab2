import type { Usage } from "./inventory-index";

// The guide's 75 % rule: a customer may reserve more numbers at a rate center only once
// at least 75 % of what it holds there is active. Utilization = active / (active + reserved).

export const MIN_UTILIZATION = 0.75;

export function utilizationOf(usage: Usage): { percent: number; canOrderMore: boolean } {
  const held = usage.active + usage.reserved;
  // With nothing held there is nothing to use up first.
  if (held === 0) return { percent: 0, canOrderMore: true };
  const ratio = usage.active / held;
  return { percent: Math.round(ratio * 10_000) / 100, canOrderMore: ratio >= MIN_UTILIZATION };
}
