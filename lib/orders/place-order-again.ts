import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/tenancy/tenant";
import { db } from "@/lib/db/client";
import { placeAgainKey } from "./placed-again";
import { getOrderOrThrow } from "./get-order-or-throw";
import { orderActionsFor } from "./order-actions-guard";
import { parseOrderSubmission, submitOrder, type SubmitResult } from "./submit-order";

// An order that never reached Lumen keeps its request (decision 5): "Place it again" sends
// that request as a new order, through the same checks and the same engine as a wizard's.
// The new order's idempotency key is derived from the failed order, so however many
// clicks, tabs or users ask at once, the failed order is placed again exactly once; asking
// again answers with that same new order.

export async function placeOrderAgain(tenant: Tenant, unverifiedOrderId: string, options: { ipAddress?: string | null } = {}): Promise<SubmitResult> {
  const order = await getOrderOrThrow(tenant, unverifiedOrderId);
  const action = orderActionsFor(tenant, order).place_again;
  // Placed again already: the same answer as for the click that did it.
  if (!action.available && !order.placedAgainAs) throw new AppError("CONFLICT", action.reason);

  // As the form sent it: the engine gives the new order its own external order ID.
  const request = { ...(order.request as Record<string, unknown>) };
  delete request.externalOrderID;
  // Checked as a wizard's order is; the form's key is a stand-in for the engine's own.
  const submission = parseOrderSubmission({ type: order.type, idempotencyKey: "placed-again", request }, placeAgainKey(order.id));
  const placed = await submitOrder(tenant, submission, { ipAddress: options.ipAddress ?? null });
  if (!placed.duplicate) {
    await db().orderEvent.create({
      data: { orderId: order.id, kind: "retried", message: "Placed again as a new order, with the request kept here.", data: { placedAgainAs: placed.orderId } },
    });
  }
  return placed;
}
