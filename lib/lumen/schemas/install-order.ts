// POST /Voice/v1/Numbers/order, orderType NEW — subscribe reserved numbers to one
// subscriber: up to 399 numbers, one subscriber line, LI (2036) or ELS (2042).
import { z } from "zod";
import { assumed } from "./assumed";
import { codedString } from "./fields/coded";
import { orderFields } from "./fields/order-fields";
import { atLeastOneWeekAhead, notInThePast, dateTimeSpec, type RuleClock } from "./fields/request-date";
import { checkLineForProduct, subscriberLinesField } from "./fields/subscriber-line";

export const MAX_TNS_PER_INSTALL = 399;

export const orderTypeAssumption = assumed(
  "The guide sends new and LNP orders to one endpoint as name:value pairs; orderType tells them apart.",
);

export function makeInstallOrderRequestSchema(clock: RuleClock) {
  return z
    .object({
      orderType: z.literal("NEW").meta(orderTypeAssumption),
      // 10007's message is about 399 per rate center; the nearest code for 399 per subscriber.
      ...orderFields({ count: MAX_TNS_PER_INSTALL, code: 10007 }),
      customerRequestDate: codedString(
        dateTimeSpec({ format: 20215, rules: [notInThePast(clock), atLeastOneWeekAhead(clock)], purpose: "Requested install date; leave out to provision at once." }),
      ).optional(),
      subscriberLines: subscriberLinesField(20030),
    })
    .check((payload) => checkLineForProduct(payload, payload.value.productID, payload.value.subscriberLines ?? []));
}

export type InstallOrderRequest = z.input<ReturnType<typeof makeInstallOrderRequestSchema>>;
export type ParsedInstallOrderRequest = z.output<ReturnType<typeof makeInstallOrderRequestSchema>>;
