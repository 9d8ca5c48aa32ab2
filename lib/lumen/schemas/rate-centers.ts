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
      }),
    ),
  })
  .meta(assumed("The guide shows the call, not the answer; a page of rate center, state and static-911 flag."));

export type RateCentersQuery = z.input<typeof RateCentersQuerySchema>;
export type ParsedRateCentersQuery = z.output<typeof RateCentersQuerySchema>;
export type RateCentersResponse = z.output<typeof RateCentersResponseSchema>;
