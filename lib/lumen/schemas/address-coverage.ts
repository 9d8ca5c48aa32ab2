// GET /Voice/v1/Numbers/coverage — is a service address inside Lumen's coverage?
import { z } from "zod";
import { assumed } from "./assumed";
import { ServiceAddressSchema } from "./fields/address";
import { productIdField } from "./fields/product-id";

export const AddressCoverageQuerySchema = ServiceAddressSchema.extend({
  productID: productIdField().optional(),
}).meta(assumed("The guide names the check, not its parameters; the service address fields as query parameters."));

export const AddressCoverageResponseSchema = z
  .object({
    covered: z.boolean(),
    rateCenter: z.string().optional(),
    state: z.string().optional(),
    static911: z.boolean().optional(),
  })
  .meta(assumed("Coverage flag plus the rate center serving the address."));

export type AddressCoverageQuery = z.input<typeof AddressCoverageQuerySchema>;
export type ParsedAddressCoverageQuery = z.output<typeof AddressCoverageQuerySchema>;
export type AddressCoverageResponse = z.output<typeof AddressCoverageResponseSchema>;
