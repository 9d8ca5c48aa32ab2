// POST /api/orgs/[org]/orders/[id]/refresh — ask Lumen where the order stands (and reconcile)
import { withTenant } from "@/lib/http/with-tenant";
import { getOrderOrThrow } from "@/lib/orders/get-order-or-throw";
import { checkOrderWithLumen } from "@/lib/orders/refresh-order";
import { fromLumenFailure } from "@/lib/errors/lumen-failure";

export const POST = withTenant<{ org: string; id: string }>("viewer", async ({ tenant, params, address }) => {
  const { changed } = await checkOrderWithLumen(tenant, params.id, address).catch((error: unknown) => {
    throw fromLumenFailure(error);
  });
  return { changed, order: await getOrderOrThrow(tenant, params.id) };
});
