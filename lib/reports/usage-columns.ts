import { ORDER_TYPE_LABELS } from "@/lib/orders/order-type-labels";
import {
  BILLED_CHANGES,
  HELD_STATUSES,
  ORDER_OUTCOMES,
  REPORT_ORDER_TYPES,
  REPORT_PRODUCTS,
  type BilledChange,
  type HeldStatus,
  type OrderOutcome,
  type ReportProduct,
  type UsageRow,
} from "./usage-report-data";

// The report's columns, in one place, so the page's tables and the CSV say the same thing
// in the same order.

export const PRODUCT_NAMES: Record<ReportProduct, string> = {
  "2036": "Local Inbound (2036)",
  "2042": "Enhanced Local Service (2042)",
  other: "Product not recorded",
};

export const HELD_LABELS: Record<HeldStatus, string> = {
  reserved: "Reserved",
  pending: "Pending",
  active: "Active",
  disconnected: "Disconnected",
};

export const BILLED_LABELS: Record<BilledChange, string> = {
  installed: "Installed",
  portedIn: "Ported in",
  disconnected: "Disconnected",
};

export const OUTCOME_LABELS: Record<OrderOutcome, string> = {
  completed: "Completed",
  refused: "Rejected or failed",
  cancelled: "Cancelled",
  open: "Still open",
};

export interface UsageColumn {
  /** The table's column group. */
  group: string;
  label: string;
  /** The CSV header: group and label in one. */
  header: string;
  value: (row: UsageRow) => number;
}

const productCode = (product: ReportProduct) => (product === "other" ? "no product" : product);

/** Numbers at the month's end, by product then status. */
export const HELD_COLUMNS: UsageColumn[] = REPORT_PRODUCTS.flatMap((product) =>
  HELD_STATUSES.map((status) => ({
    group: PRODUCT_NAMES[product],
    label: HELD_LABELS[status],
    header: `${productCode(product)} ${status} at month end`,
    value: (row: UsageRow) => row.held[status][product],
  })),
);

function activeColumn(product: ReportProduct): UsageColumn {
  return {
    group: PRODUCT_NAMES[product],
    label: "Active at month end",
    header: `${productCode(product)} active at month end`,
    value: (row) => row.held.active[product],
  };
}

function changeColumns(product: ReportProduct): UsageColumn[] {
  return BILLED_CHANGES.map((change) => ({
    group: PRODUCT_NAMES[product],
    label: BILLED_LABELS[change],
    header: `${productCode(product)} ${BILLED_LABELS[change].toLowerCase()} in month`,
    value: (row: UsageRow) => row.completed[change][product],
  }));
}

/** What a bill is made of, per product: active numbers at the month's end and the month's completed changes. */
export const BILLED_COLUMNS: UsageColumn[] = REPORT_PRODUCTS.flatMap((product) => [activeColumn(product), ...changeColumns(product)]);

/** Orders placed in the month, by type then outcome. */
export const ORDER_COLUMNS: UsageColumn[] = REPORT_ORDER_TYPES.flatMap((type) =>
  ORDER_OUTCOMES.map((outcome) => ({
    group: ORDER_TYPE_LABELS[type],
    label: OUTCOME_LABELS[outcome],
    header: `${ORDER_TYPE_LABELS[type]} orders ${OUTCOME_LABELS[outcome].toLowerCase()}`,
    value: (row: UsageRow) => row.orders[type][outcome],
  })),
);

/** The CSV's columns: the active numbers are among the numbers already, so only the month's changes are added. */
export const CSV_COLUMNS: UsageColumn[] = [...HELD_COLUMNS, ...REPORT_PRODUCTS.flatMap(changeColumns), ...ORDER_COLUMNS];
