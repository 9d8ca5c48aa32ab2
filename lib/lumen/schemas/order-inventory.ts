// POST /Voice/v1/Numbers/orderInventory — reserve numbers into inventory: per rate center
// and state a quantity (1-399), optionally sequential, PBX-restricted, and located either
// by example numbers (tnList) or by TN-location attributes, never both (20090).
import { z } from "zod";
import { addLumenIssue } from "../lumen-rule";
import { NPA_PATTERN, NXX_PATTERN } from "../telephone-numbers";
import { assumed } from "./assumed";
import { zipField } from "./fields/address";
import { codedEnum, codedInteger, codedList, codedString } from "./fields/coded";
import { externalOrderIdField } from "./fields/order-ids";
import { productIdField } from "./fields/product-id";
import { tnListField } from "./fields/tn-list";
import { rateCenterFields } from "./rate-center-utilization";

export const MAX_TNS_PER_RATE_CENTER = 399;

const TN_LOCATION_KEYS = ["tnLocNpa", "tnLocNxx", "tnLocCity", "tnLocState", "tnLocZip"] as const;

const RateCenterReservationSchema = z
  .object({
    ...rateCenterFields(),
    quantity: codedInteger({ invalid: 10011, minimum: 1, maximum: { value: MAX_TNS_PER_RATE_CENTER, code: 10007 } }),
    sequentialIndicator: codedEnum(["Y", "N"], 20084, assumed("The guide shows \"Y\"; leave it out for no sequence.")).optional(),
    pbxIndex: codedString({
      missing: 20082,
      rules: [{ code: 20082, pattern: /^([1-9]|10)$/ }],
      meta: { description: "Position (1-10, from the left) where pbxValue must not appear." },
    }).optional(),
    pbxValue: codedString({ missing: 20083, rules: [{ code: 20083, pattern: /^\d$/ }], meta: { description: "Digit to exclude at pbxIndex." } }).optional(),
    tnList: tnListField({ empty: 20115, invalid: 20115 })
      .meta(assumed("The guide names tnList without its use; numbers whose NPA-NXX the reservation should follow."))
      .optional(),
    tnLocNpa: codedString({ missing: 20091, rules: [{ code: 20091, pattern: NPA_PATTERN }] }).optional(),
    tnLocNxx: codedString({ missing: 20091, rules: [{ code: 20091, pattern: NXX_PATTERN }] }).optional(),
    tnLocCity: codedString({ missing: 20092 }).optional(),
    tnLocState: codedString({ missing: 20092, rules: [{ code: 20092, pattern: /^[A-Z]{2}$/ }] }).optional(),
    tnLocZip: zipField().optional(),
  })
  .check((payload) => {
    const entry = payload.value;
    // PBX restriction needs both halves: where, and which digit.
    if (entry.pbxIndex !== undefined && entry.pbxValue === undefined) addLumenIssue(payload, 20083, ["pbxValue"]);
    if (entry.pbxValue !== undefined && entry.pbxIndex === undefined) addLumenIssue(payload, 20082, ["pbxIndex"]);
    const hasLocation = TN_LOCATION_KEYS.some((key) => entry[key] !== undefined);
    if (entry.tnList !== undefined && hasLocation) addLumenIssue(payload, 20090);
    if (entry.tnLocNxx !== undefined && entry.tnLocNpa === undefined) addLumenIssue(payload, 20091, ["tnLocNpa"]);
  });

export const OrderInventoryRequestSchema = z.object({
  productID: productIdField(),
  externalOrderID: externalOrderIdField().optional(),
  rateCenters: codedList(RateCenterReservationSchema, { missing: 20088 }).meta(
    assumed("The guide says one or more rate center and state combinations; the list's name is ours."),
  ),
});

export type OrderInventoryRequest = z.input<typeof OrderInventoryRequestSchema>;
export type ParsedOrderInventoryRequest = z.output<typeof OrderInventoryRequestSchema>;
