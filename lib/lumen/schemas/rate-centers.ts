// GET /Voice/v1/Numbers/rateCenters (also /Number/rateCenters) — rate center and state
// combinations to order from.
import { z } from "zod";
import { assumed } from "./assumed";
import { stateField } from "./fields/address";
import { pagingFields } from "./fields/paging";
import { productIdField } from "./fields/product-id";

export const RateCentersQuerySchema = z.object({
  productID: productIdField(),
  state: stateField().optional(),
  ...pagingFields(),
});

/** Whether a rate center takes orders now; a closed one answers reservations with 1302. */
export const RATE_CENTER_STATUSES = ["open", "closed"] as const;
export type RateCenterStatus = (typeof RATE_CENTER_STATUSES)[number];

export const pageInfoShape = {
  pageNumber: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  totalCount: z.number().int().min(0),
};

export const RateCentersResponseSchema = z
  .object({
    ...pageInfoShape,
    rateCenters: z.array(
      z.object({
        rateCenter: z.string(),
        state: z.string(),
        static911: z.boolean().meta({ description: "ELS must use static-911 rate centers unless E911 is customer provided." }),
        status: z
          .enum(RATE_CENTER_STATUSES)
          .optional()
          .meta(
            assumed(
              "The guide answers orders in a closed rate center with 1302 but does not say the list shows it; left out when unknown.",
            ),
          ),
      }),
    ),
  })
  .meta(assumed("The guide shows the call, not the answer; a page of rate center, state and static-911 flag."));

export type RateCentersQuery = z.input<typeof RateCentersQuerySchema>;
export type ParsedRateCentersQuery = z.output<typeof RateCentersQuerySchema>;
export type RateCentersResponse = z.output<typeof RateCentersResponseSchema>;
