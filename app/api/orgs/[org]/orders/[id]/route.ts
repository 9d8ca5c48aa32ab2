// GET /api/orgs/[org]/orders/[id] — one order with its timeline, request, response and numbers
import { withTenant } from "@/lib/http/with-tenant";
import { getOrderOrThrow } from "@/lib/orders/get-order-or-throw";

export const GET = withTenant<{ org: string; id: string }>("viewer", async ({ tenant, params }) => ({
  order: await getOrderOrThrow(tenant, params.id),
}));
