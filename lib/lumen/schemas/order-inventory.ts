// POST /Voice/v1/Numbers/orderInventory — reserve numbers into inventory: per rate center
// and state a quantity (1-399), optionally sequential, PBX-restricted, and located either
// by example numbers (tnList) or by TN-location attributes, never both (20090).
import { z } from "zod";
import { addLumenIssue } from "../lumen-rule";
import { NPA_PATTERN, NXX_PATTERN } from "../telephone-numbers";
import { assumed } from "./assumed";
import { ZIP_PATTERN } from "./fields/address";
import { basicLatinRule } from "./fields/text";
import { US_STATE_CODES } from "./fields/us-states";
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
    // "If you do not want sequential use NULL": no "N".
    sequentialIndicator: codedEnum(["Y"], 20084, assumed("The guide shows \"Y\" and says to send nothing for no sequence.")).optional(),
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
    // The location's city, state and ZIP code all answer 20092 ("Invalid city, state, zip in
    // telephone number location"), not the service address's codes.
    tnLocCity: codedString({ missing: 20092, rules: [basicLatinRule] }).optional(),
    tnLocState: codedEnum(US_STATE_CODES, 20092).optional(),
    tnLocZip: codedString({ missing: 20092, rules: [{ code: 20092, pattern: ZIP_PATTERN }] }).optional(),
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

export const OrderInventoryRequestSchema = z
  .object({
    productID: productIdField(),
    externalOrderID: externalOrderIdField().optional(),
    rateCenters: codedList(RateCenterReservationSchema, { missing: 20088 }).meta(
      assumed("The guide says one or more rate center and state combinations; the list's name is ours."),
    ),
  })
  .check((payload) => {
    // 399 per rate center per order, however many lines name it (10007).
    const totals = new Map<string, number>();
    payload.value.rateCenters.forEach((line, index) => {
      const place = `${String(line.rateCenter).trim().toUpperCase()}|${String(line.state).trim().toUpperCase()}`;
      const before = totals.get(place) ?? 0;
      const total = before + (typeof line.quantity === "number" ? line.quantity : 0);
      totals.set(place, total);
      // Said once, on the line that goes over (a line over 399 on its own has said it already).
      if (before > 0 && before <= MAX_TNS_PER_RATE_CENTER && total > MAX_TNS_PER_RATE_CENTER) {
        addLumenIssue(payload, 10007, ["rateCenters", index, "quantity"]);
      }
    });
  });

export type OrderInventoryRequest = z.input<typeof OrderInventoryRequestSchema>;
export type ParsedOrderInventoryRequest = z.output<typeof OrderInventoryRequestSchema>;
