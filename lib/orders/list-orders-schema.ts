import { z } from "zod";
import { OrderStatus, OrderType } from "@/lib/db/generated/enums";

// The orders list's filters as they travel in the URL: shared by the filter bar and the
// server, which parses them again. Dates are calendar days (YYYY-MM-DD, UTC).
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-26.")
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "That day does not exist.");

export const ListOrdersQuerySchema = z.object({
  type: z.enum(Object.values(OrderType) as [OrderType, ...OrderType[]]).optional(),
  status: z.enum(Object.values(OrderStatus) as [OrderStatus, ...OrderStatus[]]).optional(),
  product: z.enum(["2036", "2042"]).optional(),
  from: day.optional(),
  to: day.optional(),
  subAccount: z.string().min(1).max(64).optional(),
  /** A telephone number (any spelling), a voice order ID or our externalOrderID. */
  q: z.string().trim().min(1).max(64).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
}).refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], message: "To must not be before From." });
export type ListOrdersQuery = z.input<typeof ListOrdersQuerySchema>;
