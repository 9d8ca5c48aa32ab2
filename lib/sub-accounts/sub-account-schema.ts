// A reseller sub-account as the admin's form sends it and the routes parse it: its name,
// the customer service names it may order with, and its limits.
import { z } from "zod";
import { ORDER_TYPE_LABELS } from "@/lib/orders/order-type-labels";

/**
 * The order types a sub-account may be limited to. Supplements, cancels, backorder
 * answers and port-now act on an order the sub-account was allowed to place, so they
 * follow that order rather than a limit of their own.
 */
export const LIMITABLE_ORDER_TYPES = ["reserve", "install", "port", "change", "disconnect"] as const;
export type LimitableOrderType = (typeof LIMITABLE_ORDER_TYPES)[number];

export const LIMITABLE_ORDER_TYPE_LABELS: Record<LimitableOrderType, string> = Object.fromEntries(
  LIMITABLE_ORDER_TYPES.map((type) => [type, ORDER_TYPE_LABELS[type]]),
) as Record<LimitableOrderType, string>;

/** The most numbers a limit may name; Lumen's own inventory limits are far below it. */
export const MAX_NUMBERS_LIMIT = 1_000_000;

const unique = <T>(values: T[]) => [...new Set(values)];

const name = z.string().trim().min(2, "Enter the reseller's name.").max(80, "At most 80 characters.");
const customerServiceNames = z
  .array(z.string().trim().min(1).max(60))
  .max(50, "At most 50 customer service names.")
  .transform(unique);
// An empty field (or a number input left blank) means "no limit".
const maxNumbers = z.preprocess(
  (value) => (value === "" || (typeof value === "number" && Number.isNaN(value)) ? null : value),
  z
    .number({ error: "Enter a whole number, or leave it empty for no limit." })
    .int("A whole number.")
    .min(0, "Zero or more.")
    .max(MAX_NUMBERS_LIMIT, `At most ${MAX_NUMBERS_LIMIT.toLocaleString("en-US")}.`)
    .nullable(),
);
const allowedOrderTypes = z.array(z.enum(LIMITABLE_ORDER_TYPES, "Choose order types from the list.")).transform(unique);

/** Creating a sub-account: only the name is required; no limits unless given. */
export const SubAccountSchema = z.object({
  name,
  customerServiceNames: customerServiceNames.default([]),
  maxNumbers: maxNumbers.default(null),
  allowedOrderTypes: allowedOrderTypes.default([]),
});
export type SubAccountInput = z.input<typeof SubAccountSchema>;
export type SubAccountValues = z.output<typeof SubAccountSchema>;

/** Changing a sub-account: the fields sent change, the others stay (a rename sends only the name). */
export const SubAccountUpdateSchema = z.object({
  name: name.optional(),
  customerServiceNames: customerServiceNames.optional(),
  maxNumbers: maxNumbers.optional(),
  allowedOrderTypes: allowedOrderTypes.optional(),
});
export type SubAccountUpdateValues = z.output<typeof SubAccountUpdateSchema>;

export const SubAccountSuspensionSchema = z.object({
  suspended: z.boolean({ error: "Say whether the sub-account is to be suspended (true) or restored (false)." }),
});
