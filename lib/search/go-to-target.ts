import "server-only";
import { db } from "@/lib/db/client";
import { toTenDigitTn } from "@/lib/lumen/telephone-numbers";
import { ORDER_SEARCH_MAX_LENGTH } from "@/lib/orders/list-orders-schema";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";

// The header's "Go to" box: a telephone number or an order id typed anywhere in the
// portal, and the page it belongs on. Only what the tenant may see is matched; anything
// else goes to the orders list searched for it, which says when nothing matches, exactly
// as it would for someone who may not see the order.

/** The portal path for `input`: a number's page, an order's page, or the orders list searched. */
export async function goToTarget(tenant: Tenant, org: string, input: string): Promise<string> {
  const q = input.trim().slice(0, ORDER_SEARCH_MAX_LENGTH).trim();
  if (!q) return `/${org}/orders`;
  const searched = `/${org}/orders?q=${encodeURIComponent(q)}`;

  const tn = toTenDigitTn(q.replace(/[\s().-]/g, ""));
  if (tn) {
    const scope = tenantScope(tenant);
    const [held, ordered] = await Promise.all([
      db().telephoneNumber.count({ where: { ...scope, tn } }),
      db().order.count({ where: { ...scope, requestedTns: { has: tn } } }),
    ]);
    if (held) return `/${org}/numbers/${tn}`;
    // A number only an order asked for (Lumen refused it, or a port that never came in)
    // has no page of its own: its orders do. The partner's staff may look up any other
    // number, whose page reads it from Lumen's report; a reseller has only its own.
    return ordered || tenant.subAccount ? searched : `/${org}/numbers/${tn}`;
  }

  // Lumen's ids are upper case (VO00000003), ours lower (vp-…, ord_…): either typed in
  // the other case still finds its order.
  const orders = await db().order.findMany({
    where: {
      ...tenantScope(tenant),
      OR: [
        { id: q },
        { voiceOrderId: { in: [...new Set([q, q.toUpperCase()])] } },
        { externalOrderId: { in: [...new Set([q, q.toLowerCase()])] } },
      ],
    },
    select: { id: true },
    take: 2,
  });
  return orders.length === 1 ? `/${org}/orders/${orders[0]!.id}` : searched;
}
