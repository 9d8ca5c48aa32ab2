import type { Sandbox } from "../sandbox";
import type { SeedRateCenter } from "../seed-types";
import { rateCenterKey } from "../state";

// A rate center's free numbers are a count, not a list: numbers are drawn only when a
// reservation completes, walking the rate center's exchanges line by line. That keeps the
// state small however deep the seed inventory is.

export function availableNumbers(sb: Sandbox, rc: SeedRateCenter): number {
  return sb.state.stock[rateCenterKey(rc.state, rc.rateCenter)]?.available ?? 0;
}

/** Set aside `count` numbers for an order (they stop counting as available). */
export function holdNumbers(sb: Sandbox, rc: SeedRateCenter, count: number): void {
  const stock = sb.state.stock[rateCenterKey(rc.state, rc.rateCenter)];
  if (!stock || stock.available < count) throw new Error(`Cannot hold ${count} numbers at ${rc.rateCenter}`);
  stock.available -= count;
}

export function releaseNumbers(sb: Sandbox, rc: SeedRateCenter, count: number): void {
  const stock = sb.state.stock[rateCenterKey(rc.state, rc.rateCenter)];
  if (stock) stock.available += count;
}

export interface PbxRule {
  /** 1-based position in the 10-digit number. */
  index: number;
  /** The digit that must not appear there. */
  value: number;
}

/**
 * The next `count` unused numbers of the rate center, skipping any that break the PBX
 * rule. Consecutive lines, so `sequentialIndicator` orders are served as a block.
 */
export function drawNumbers(sb: Sandbox, rc: SeedRateCenter, count: number, pbx: PbxRule | null): string[] {
  const stock = sb.state.stock[rateCenterKey(rc.state, rc.rateCenter)];
  if (!stock) return [];
  const capacity = rc.nxxs.length * 10_000;
  const numbers: string[] = [];
  while (numbers.length < count && stock.nextIndex < capacity) {
    const index = stock.nextIndex++;
    const tn = `${rc.npa}${rc.nxxs[Math.floor(index / 10_000)]}${String(index % 10_000).padStart(4, "0")}`;
    if (sb.state.tns[tn]) continue;
    if (pbx && tn[pbx.index - 1] === String(pbx.value)) continue;
    numbers.push(tn);
  }
  return numbers;
}
