import "server-only";
import { LumenError, type LumenClient } from "@/lib/lumen/client";
import type { LumenResponse } from "@/lib/lumen/client/lumen-client-types";
import { CARRIES_EXTERNAL_ORDER_ID } from "./send-to-lumen";

// Lumen's answers that mean "no such order": the order never arrived.
const NOT_FOUND_CODES = new Set([20049, 20055, 20060, 404001]);

export type LookupResult =
  | { found: true; status: LumenResponse<"OrderStatusResponse"> }
  | { found: false; certain: boolean };

/**
 * Asks Lumen whether it has an order, by the externalOrderID we sent with it. `certain:
 * false` means we could not find out (no external id on that order type, or Lumen did
 * not answer): then nothing may be resent.
 */
export async function findOrderAtLumen(client: LumenClient, order: { type: string; externalOrderId: string }): Promise<LookupResult> {
  if (!CARRIES_EXTERNAL_ORDER_ID.has(order.type)) return { found: false, certain: false };
  try {
    return { found: true, status: await client.getOrderStatus({ externalOrderID: order.externalOrderId }) };
  } catch (error) {
    if (error instanceof LumenError && NOT_FOUND_CODES.has(error.code)) return { found: false, certain: true };
    return { found: false, certain: false };
  }
}
