import { OrderType } from "@/lib/db/generated/enums";

// The usage report's shape, shared by the data function, the page and the CSV route.

/** Local Inbound, Enhanced Local Service, and numbers whose product the portal never learnt. */
export const REPORT_PRODUCTS = ["2036", "2042", "other"] as const;
export type ReportProduct = (typeof REPORT_PRODUCTS)[number];

export const HELD_STATUSES = ["reserved", "pending", "active", "disconnected"] as const;
export type HeldStatus = (typeof HELD_STATUSES)[number];

/** Numbers whose install, port or disconnect completed in the month: what changes a bill. */
export const BILLED_CHANGES = ["installed", "portedIn", "disconnected"] as const;
export type BilledChange = (typeof BILLED_CHANGES)[number];

/** An order's outcome as it stands now: rejected and failed are one ("refused"); every unfinished status is "open". */
export const ORDER_OUTCOMES = ["completed", "refused", "cancelled", "open"] as const;
export type OrderOutcome = (typeof ORDER_OUTCOMES)[number];

export const REPORT_ORDER_TYPES = Object.values(OrderType);

export type ByProduct = Record<ReportProduct, number>;

export interface UsageRow {
  /** "own": the organization's own numbers and orders, outside every sub-account. */
  kind: "subAccount" | "own" | "total";
  subAccountId: string | null;
  name: string;
  /** Numbers by status at the end of the month (for the current month: now), per product. */
  held: Record<HeldStatus, ByProduct>;
  /** Numbers whose install, port or disconnect completed in the month, per product. */
  completed: Record<BilledChange, ByProduct>;
  /** Orders placed in the month, by type and outcome. */
  orders: Record<OrderType, Record<OrderOutcome, number>>;
}

export interface UsageReport {
  month: string;
  /** The month has not ended: numbers are counted as they stand now. */
  current: boolean;
  /** A reseller's own row, or every sub-account's, the organization's own and (for staff) the total. */
  rows: UsageRow[];
  total: UsageRow | null;
  /** Nothing held at the month's end and no order placed or completed in it. */
  empty: boolean;
}

function byProduct(): ByProduct {
  return { "2036": 0, "2042": 0, other: 0 };
}

export function emptyUsageRow(kind: UsageRow["kind"], subAccountId: string | null, name: string): UsageRow {
  return {
    kind,
    subAccountId,
    name,
    held: Object.fromEntries(HELD_STATUSES.map((s) => [s, byProduct()])) as UsageRow["held"],
    completed: Object.fromEntries(BILLED_CHANGES.map((c) => [c, byProduct()])) as UsageRow["completed"],
    orders: Object.fromEntries(
      REPORT_ORDER_TYPES.map((t) => [t, Object.fromEntries(ORDER_OUTCOMES.map((o) => [o, 0]))]),
    ) as UsageRow["orders"],
  };
}

/** A product as the report groups it: anything but the two products goes to "other". */
export function reportProduct(productId: string | null): ReportProduct {
  return productId === "2036" || productId === "2042" ? productId : "other";
}

export function sumProducts(counts: ByProduct): number {
  return counts["2036"] + counts["2042"] + counts.other;
}

export function ordersPlaced(row: UsageRow, type?: OrderType): number {
  const types = type ? [type] : REPORT_ORDER_TYPES;
  return types.reduce((sum, t) => sum + ORDER_OUTCOMES.reduce((s, o) => s + row.orders[t][o], 0), 0);
}

/** Adds `row`'s counts into `into`. */
export function addUsage(into: UsageRow, row: UsageRow): void {
  for (const s of HELD_STATUSES) for (const p of REPORT_PRODUCTS) into.held[s][p] += row.held[s][p];
  for (const c of BILLED_CHANGES) for (const p of REPORT_PRODUCTS) into.completed[c][p] += row.completed[c][p];
  for (const t of REPORT_ORDER_TYPES) for (const o of ORDER_OUTCOMES) into.orders[t][o] += row.orders[t][o];
}

export function isEmptyUsage(row: UsageRow): boolean {
  return (
    HELD_STATUSES.every((s) => sumProducts(row.held[s]) === 0) &&
    BILLED_CHANGES.every((c) => sumProducts(row.completed[c]) === 0) &&
    ordersPlaced(row) === 0
  );
}
