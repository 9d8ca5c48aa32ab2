import { Prisma } from "@/lib/db/generated/client";

// What a form needs back after placing an order: where it stands, without its history.
// Read by Prisma (getOrderSummaryOrThrow) or returned by the statement that records an
// order's outcome (record-order-outcome.ts): one list of fields for both.

const FIELDS = ["id", "type", "productId", "status", "statusReason", "externalOrderId", "voiceOrderId", "lumenCode", "lumenMessage", "createdAt"] as const;

export const ORDER_SUMMARY = Object.fromEntries(FIELDS.map((field) => [field, true])) as { readonly [F in (typeof FIELDS)[number]]: true };

export type OrderSummary = Prisma.OrderGetPayload<{ select: typeof ORDER_SUMMARY }>;

/** The summary's columns of an order row aliased `u`; timestamps as UTC (see lib/db/query-sql.ts). */
export const ORDER_SUMMARY_SQL = Prisma.raw(
  FIELDS.map((field) => (field === "createdAt" ? `u."${field}" AT TIME ZONE 'UTC' AS "${field}"` : `u."${field}"`)).join(", "),
);
