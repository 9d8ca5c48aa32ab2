import { z } from "zod";
import { buildRequestSchema } from "@/lib/lumen/schemas/registry";
import { BACKORDER_DECISIONS } from "@/lib/lumen/schemas/customer-approval";
import type { RuleClock } from "@/lib/lumen/schemas/fields/request-date";
import { keptForTheDay } from "@/lib/lumen/schemas/kept-for-the-day";
import { isLoaSignedAfterToday, LOA_IN_THE_FUTURE } from "./letter-of-authorization";

// What a wizard submits: the order type, the idempotency key the form generated when it
// opened, and the Lumen request exactly as the contract's schema describes it. Orders that
// act on an earlier order (supplement, cancel, approval) name that order by OUR id: the
// portal looks up its voiceOrderId after checking the caller may see it.

export const IdempotencyKeySchema = z
  .string()
  .trim()
  .min(8, "The form's idempotency key is missing; reload the page.")
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, "The form's idempotency key is malformed; reload the page.");

const OrderIdSchema = z.string().trim().min(1).max(64);

/** The submission schema for the clock's day (built once a day, like the request schemas in it). */
export function makeOrderSubmissionSchema(clock: RuleClock) {
  return submissionSchemaOfTheDay("submission", clock);
}

const submissionSchemaOfTheDay = keptForTheDay((_key: "submission", clock: RuleClock) => buildSubmissionSchema(clock));

function buildSubmissionSchema(clock: RuleClock) {
  const orderRequest = buildRequestSchema("OrderRequest", clock);
  // batchKey: orders placed together (a reservation over several rate centers, one order
  // per rate center) share it, so the portal can show them as one piece of work.
  const base = { idempotencyKey: IdempotencyKeySchema, batchKey: IdempotencyKeySchema.optional() };
  return z.discriminatedUnion("type", [
    z.object({ ...base, type: z.literal("reserve"), request: buildRequestSchema("OrderInventoryRequest", clock) }),
    z.object({
      ...base,
      type: z.literal("install"),
      request: orderRequest.refine((order) => order.orderType === "NEW", { message: "An install order has orderType NEW.", path: ["orderType"] }),
    }),
    z.object({
      ...base,
      type: z.literal("port"),
      request: orderRequest
        .refine((order) => order.orderType === "LNP", { message: "A port order has orderType LNP.", path: ["orderType"] })
        .refine((order) => !order.loaDateTime || !isLoaSignedAfterToday(order.loaDateTime, clock), { message: LOA_IN_THE_FUTURE, path: ["loaDateTime"] }),
    }),
    z.object({ ...base, type: z.literal("change"), request: buildRequestSchema("ChangeOrderRequest", clock) }),
    z.object({ ...base, type: z.literal("disconnect"), request: buildRequestSchema("DisconnectRequest", clock) }),
    z.object({ ...base, type: z.literal("supplement"), orderId: OrderIdSchema, request: buildRequestSchema("SupplementRequest", clock) }),
    z.object({ ...base, type: z.literal("cancel"), orderId: OrderIdSchema, childOrderId: z.string().trim().min(1).max(64).optional() }),
    z.object({ ...base, type: z.literal("approval"), orderId: OrderIdSchema, decision: z.enum(BACKORDER_DECISIONS) }),
    // Port now: activate a port at once, once its FOC date is in.
    z.object({ ...base, type: z.literal("port_now"), orderId: OrderIdSchema }),
  ]);
}

export type OrderSubmission = z.output<ReturnType<typeof buildSubmissionSchema>>;
export type OrderSubmissionInput = z.input<ReturnType<typeof buildSubmissionSchema>>;
