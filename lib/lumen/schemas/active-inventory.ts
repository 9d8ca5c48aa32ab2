// GET /Voice/v1/Numbers/inventoryDetails — the active (subscribed) numbers of the customer
// number with subscriber, service address, E911 address and customer service name.
import { z } from "zod";
import { assumed } from "./assumed";
import { pagingFields } from "./fields/paging";
import { pageInfoShape } from "./rate-centers";

export const ActiveInventoryQuerySchema = z.object({
  customerServiceName: z.string().min(1).optional(),
  ...pagingFields(),
});

const reportAddress = z.object({
  streetNumber: z.string(),
  streetName: z.string(),
  streetSuffix: z.string().optional(),
  secondaryLocation: z.string().optional(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
});

export const ActiveInventoryResponseSchema = z
  .object({
    ...pageInfoShape,
    telephoneNumbers: z.array(
      z.object({
        telephoneNumber: z.string(),
        productID: z.string(),
        customerServiceName: z.string().optional(),
        customerType: z.enum(["B", "R"]),
        firstName: z.string().optional(),
        lastName: z.string().optional(),
        businessName: z.string().optional(),
        serviceAddress: reportAddress,
        e911Address: reportAddress.optional(),
      }),
    ),
  })
  .meta(assumed("The guide lists what the report includes, not its shape."));

export type ActiveInventoryQuery = z.input<typeof ActiveInventoryQuerySchema>;
export type ParsedActiveInventoryQuery = z.output<typeof ActiveInventoryQuerySchema>;
export type ActiveInventoryResponse = z.output<typeof ActiveInventoryResponseSchema>;
