// POST /Voice/v1/Numbers/order, orderType LNP — port up to 49 numbers from another
// carrier to one subscriber, with the letter of authorization and losing-carrier details.
import { z } from "zod";
import { TN_PATTERN } from "../telephone-numbers";
import { assumed } from "./assumed";
import { codedEnum, codedString } from "./fields/coded";
import { orderFields } from "./fields/order-fields";
import { dateTimeSpec, notInThePast, type RuleClock } from "./fields/request-date";
import { checkLineForProduct, subscriberLinesField } from "./fields/subscriber-line";
import { basicLatinRule } from "./fields/text";
import { orderTypeAssumption } from "./install-order";

export const MAX_TNS_PER_PORT = 49;

export const billingTelephoneNumberField = () =>
  codedString({
    rules: [{ code: 20204, pattern: TN_PATTERN }],
    meta: assumed("The account's main number at the losing carrier; 20204 (working telephone number) is the nearest code."),
  });

export function makePortOrderRequestSchema(clock: RuleClock) {
  return z
    .object({
      orderType: z.literal("LNP").meta(orderTypeAssumption),
      ...orderFields({ count: MAX_TNS_PER_PORT, code: 20029 }),
      customerRequestDate: codedString(
        dateTimeSpec({ missing: 20067, format: 20050, rules: [notInThePast(clock)], purpose: "Requested port date." }),
      ),
      subscriberLines: subscriberLinesField(20031),
      billingTelephoneNumber: billingTelephoneNumberField().optional(),
      loaName: codedString({ missing: 20026, rules: [basicLatinRule], meta: { description: "Who signed the letter of authorization." } }),
      loaReceived: codedEnum(["Y"], 20027, { description: "Y: the LOA is in hand. No port proceeds without it." }),
      loaDateTime: codedString(dateTimeSpec({ missing: 20028, format: 20047, purpose: "When the LOA was signed." })),
      losingCarrierAccountNumber: codedString({
        rules: [{ code: 20112, pattern: /^[A-Za-z0-9-]{1,20}$/ }],
        meta: assumed("No format is published; letters, digits and hyphens, at most 20."),
      }).optional(),
      losingCarrierPin: codedString({
        rules: [{ code: 20113, pattern: /^[A-Za-z0-9]{1,10}$/ }],
        meta: assumed("No format is published; letters and digits, at most 10."),
      }).optional(),
      losingCarrierWirelessLnp: codedEnum(["Y", "N"], 20114),
    })
    .meta(assumed("49 TNs per port is the guide's limit; it names no code, so 20029 (subscriber line information) answers it."))
    .check((payload) => checkLineForProduct(payload, payload.value.productID, payload.value.subscriberLines ?? []));
}

export type PortOrderRequest = z.input<ReturnType<typeof makePortOrderRequestSchema>>;
export type ParsedPortOrderRequest = z.output<ReturnType<typeof makePortOrderRequestSchema>>;
