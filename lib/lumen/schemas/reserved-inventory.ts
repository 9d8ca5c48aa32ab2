// GET /Voice/v1/Numbers/inventory — reserved (not yet subscribed) numbers, filtered by
// order or NPA/NXX; NXX needs its NPA (20091).
import { z } from "zod";
import { addLumenIssue } from "../lumen-rule";
import { NPA_PATTERN, NXX_PATTERN } from "../telephone-numbers";
import { assumed } from "./assumed";
import { codedString } from "./fields/coded";
import { voiceOrderIdField } from "./fields/order-ids";
import { pagingFields } from "./fields/paging";
import { pageInfoShape } from "./rate-centers";

export const ReservedInventoryQuerySchema = z
  .object({
    voiceOrderID: voiceOrderIdField(20049).optional(),
    externalOrderID: z.string().min(1).optional(),
    NPA: codedString({ rules: [{ code: 20091, pattern: NPA_PATTERN }] }).optional(),
    NXX: codedString({ rules: [{ code: 20091, pattern: NXX_PATTERN }] }).optional(),
    ...pagingFields(),
  })
  .check((payload) => {
    if (payload.value.NXX !== undefined && payload.value.NPA === undefined) addLumenIssue(payload, 20091, ["NPA"]);
  });

export const ReservedInventoryResponseSchema = z
  .object({
    ...pageInfoShape,
    telephoneNumbers: z.array(
      z.object({
        telephoneNumber: z.string(),
        rateCenter: z.string(),
        state: z.string(),
        voiceOrderID: z.string(),
        externalOrderID: z.string().optional(),
        reservedAt: z.string().meta({ description: "YYYY-MM-DDTHH:MM:SSZ" }),
      }),
    ),
  })
  .meta(assumed("The guide describes the list, not its fields."));

export type ReservedInventoryQuery = z.input<typeof ReservedInventoryQuerySchema>;
export type ParsedReservedInventoryQuery = z.output<typeof ReservedInventoryQuerySchema>;
export type ReservedInventoryResponse = z.output<typeof ReservedInventoryResponseSchema>;
