// POST /Voice/v1/Numbers/order/disconnect — disconnect active numbers on a date at least
// one business day ahead (20068), not in the past (20214), at most 30 days out (20213).
import { z } from "zod";
import { codedString } from "./fields/coded";
import { externalOrderIdField } from "./fields/order-ids";
import {
  atLeastOneBusinessDayAhead,
  dateTimeSpec,
  notInThePast,
  withinThirtyDays,
  type RuleClock,
} from "./fields/request-date";
import { tnListField } from "./fields/tn-list";

export function makeDisconnectRequestSchema(clock: RuleClock) {
  return z.object({
    externalOrderID: externalOrderIdField().optional(),
    tnList: tnListField({ empty: 20015, invalid: 20025 }),
    customerRequestDate: codedString(
      dateTimeSpec({
        missing: 20067,
        format: 20069,
        rules: [notInThePast(clock), atLeastOneBusinessDayAhead(clock), withinThirtyDays(clock)],
        purpose: "Disconnect date."
      }),
    ),
  });
}

export type DisconnectRequest = z.input<ReturnType<typeof makeDisconnectRequestSchema>>;
export type ParsedDisconnectRequest = z.output<ReturnType<typeof makeDisconnectRequestSchema>>;
