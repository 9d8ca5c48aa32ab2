import { LIMITABLE_ORDER_TYPE_LABELS, type LimitableOrderType } from "@/lib/sub-accounts/sub-account-schema";

/** "12 of 50", or "12 (no limit)". */
export function numbersHeldText(held: number, maxNumbers: number | null): string {
  return maxNumbers === null ? `${held} (no limit)` : `${held} of ${maxNumbers}`;
}

/** "Every type", or the allowed types in the portal's words. */
export function allowedTypesText(types: string[]): string {
  if (types.length === 0) return "Every type";
  return types.map((type) => LIMITABLE_ORDER_TYPE_LABELS[type as LimitableOrderType] ?? type).join(", ");
}
