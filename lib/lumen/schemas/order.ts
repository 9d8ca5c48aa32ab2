// POST /Voice/v1/Numbers/order — one endpoint for installs and ports, told apart by orderType.
import { z } from "zod";
import type { RuleClock } from "./fields/request-date";
import { makeInstallOrderRequestSchema } from "./install-order";
import { makePortOrderRequestSchema } from "./port-order";

export function makeOrderRequestSchema(clock: RuleClock) {
  return z.discriminatedUnion("orderType", [makeInstallOrderRequestSchema(clock), makePortOrderRequestSchema(clock)]);
}

export type OrderRequest = z.input<ReturnType<typeof makeOrderRequestSchema>>;
export type ParsedOrderRequest = z.output<ReturnType<typeof makeOrderRequestSchema>>;
