// POST /api/orgs/[org]/orders/[id]/place-again — send the request of an order that never
// reached Lumen as a new order; answered as POST /orders answers (201, or 200 with the
// same new order when it was placed again already).
import { withTenant } from "@/lib/http/with-tenant";
import { getOrderSummaryOrThrow } from "@/lib/orders/get-order-or-throw";
import { orderOutcomeError } from "@/lib/orders/order-outcome-error";
import { placeOrderAgain } from "@/lib/orders/place-order-again";
import { jsonAnswer } from "@/lib/http/json-answer";

export const POST = withTenant<{ org: string; id: string }>("operator", async ({ tenant, params, address }) => {
  const placed = await placeOrderAgain(tenant, params.id, { ipAddress: address });
  const order = placed.order ?? (await getOrderSummaryOrThrow(tenant, placed.orderId));
  const notPlaced = orderOutcomeError(order);
  if (notPlaced) throw notPlaced;
  return jsonAnswer({ order, duplicate: placed.duplicate }, { status: placed.duplicate ? 200 : 201 });
});
