// GET, POST /api/orgs/[org]/orders — the order history, and placing an order with Lumen
import { withTenant } from "@/lib/http/with-tenant";
import { readJsonBody } from "@/lib/http/read-json-body";
import { getOrderSummaryOrThrow } from "@/lib/orders/get-order-or-throw";
import { listOrders } from "@/lib/orders/list-orders";
import { orderOutcomeError } from "@/lib/orders/order-outcome-error";
import { parseOrderSubmission, submitOrder } from "@/lib/orders/submit-order";
import { jsonAnswer } from "@/lib/http/json-answer";

export const GET = withTenant("viewer", async ({ request, tenant }) =>
  listOrders(tenant, Object.fromEntries(request.nextUrl.searchParams)),
);

export const POST = withTenant(
  "operator",
  async ({ tenant, address, body }) => {
    const placed = await submitOrder(tenant, body, { ipAddress: address });
    const order = placed.order ?? (await getOrderSummaryOrThrow(tenant, placed.orderId));
    const notPlaced = orderOutcomeError(order);
    if (notPlaced) throw notPlaced;
    return jsonAnswer({ order, duplicate: placed.duplicate }, { status: placed.duplicate ? 200 : 201 });
  },
  { readBody: readOrderSubmission },
);

/** An order as a form sends it: JSON of up to 512 KB (an install of 399 numbers), checked with the contract's schema. */
async function readOrderSubmission(request: Request) {
  return parseOrderSubmission(await readJsonBody(request, 512 * 1024));
}
