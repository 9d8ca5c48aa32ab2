// POST /Voice/v1/Numbers/rateCenters/utilization — inventory use per rate center; Lumen
// takes new reservations only at 75 % or more (1648).
import { z } from "zod";
import { assumed } from "./assumed";
import { codedList, codedString } from "./fields/coded";
import { productIdField } from "./fields/product-id";

export const rateCenterFields = () => ({
  rateCenter: codedString({ missing: 20085 }),
  state: codedString({ missing: 20088, rules: [{ code: 20088, pattern: /^[A-Z]{2}$/ }] }),
});

export const RateCenterUtilizationRequestSchema = z
  .object({
    productID: productIdField(),
    rateCenters: codedList(z.object(rateCenterFields()), { missing: 20088 }),
  })
  .meta(assumed("The guide names the check, not its body; a list of rate center and state pairs."));

export const RateCenterUtilizationResponseSchema = z
  .object({
    utilization: z.array(
      z.object({
        rateCenter: z.string(),
        state: z.string(),
        reservedCount: z.number().int().min(0),
        activeCount: z.number().int().min(0),
        utilizationPercent: z.number().min(0).max(100),
        canOrderMore: z.boolean().meta({ description: "True at 75 % utilization or more." }),
      }),
    ),
  })
  .meta(assumed("Counts behind the 75 % rule, per rate center."));

export type RateCenterUtilizationRequest = z.input<typeof RateCenterUtilizationRequestSchema>;
export type ParsedRateCenterUtilizationRequest = z.output<typeof RateCenterUtilizationRequestSchema>;
export type RateCenterUtilizationResponse = z.output<typeof RateCenterUtilizationResponseSchema>;
