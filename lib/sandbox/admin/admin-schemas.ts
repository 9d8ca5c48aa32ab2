import { z } from "zod";

// Request bodies of the admin API. Plain zod (no Lumen codes): this API is the sandbox's
// own and exists nowhere at Lumen.

export const AdvanceClockSchema = z
  .object({
    seconds: z.number().nonnegative().optional(),
    minutes: z.number().nonnegative().optional(),
    hours: z.number().nonnegative().optional(),
    days: z.number().nonnegative().optional(),
  })
  .strict();

export const SetClockSchema = z.object({ time: z.iso.datetime() }).strict();

export const ClockScaleSchema = z.object({ scale: z.number().nonnegative() }).strict();

export const ResetSchema = z.object({ time: z.iso.datetime().optional() }).strict();

const outageFault = (kind: "status" | "status-after-processing", defaultStatus: 503 | 504) =>
  z
    .object({
      kind: z.literal(kind),
      pattern: z.string().min(1),
      method: z.enum(["GET", "POST"]).optional(),
      status: z.union([z.literal(503), z.literal(504)]).default(defaultStatus),
      count: z.number().int().positive().optional(),
    })
    .strict();

export const NewFaultSchema = z.discriminatedUnion("kind", [
  outageFault("status", 503),
  // The reconciliation case: the order is made, the answer is lost as a gateway timeout.
  outageFault("status-after-processing", 504),
  z
    .object({
      kind: z.literal("latency"),
      pattern: z.string().min(1),
      method: z.enum(["GET", "POST"]).optional(),
      latencyMs: z.number().int().positive().max(120_000),
      count: z.number().int().positive().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("drop-webhooks"),
      /** Glob on the customer number, e.g. "1-ABC-23" or "*". */
      pattern: z.string().min(1),
      count: z.number().int().positive().optional(),
    })
    .strict(),
]);

export const ExpireTokensSchema = z.object({ clientId: z.string().min(1).optional() }).strict();

export const WebhookSettingsSchema = z
  .object({
    url: z.url(),
    auth: z.discriminatedUnion("type", [
      z.object({ type: z.literal("basic"), username: z.string().min(1), password: z.string().min(1) }).strict(),
      z
        .object({
          type: z.literal("oauth"),
          tokenUrl: z.url(),
          clientId: z.string().min(1),
          clientSecret: z.string().min(1),
        })
        .strict(),
    ]),
  })
  .strict()
  .nullable();
