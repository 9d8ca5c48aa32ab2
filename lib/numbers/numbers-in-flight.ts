import "server-only";
import { db } from "@/lib/db/client";
import type { OrderType } from "@/lib/db/generated/enums";
import { IN_FLIGHT_STATUSES } from "@/lib/orders/lumen-status";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";
import { NumbersInFlightQuerySchema, type NumberInFlight } from "./numbers-in-flight-schema";

// Lumen refuses an order on a number that another order still holds (1612). The portal
// knows its own orders in flight, so a wizard can set such a number aside before sending.

const ORDERS_ON_NUMBERS: OrderType[] = ["install", "port", "change", "disconnect"];

/**
 * The tenant's orders Lumen has and has not finished on each of the numbers: the numbers
 * they took, or, while none are linked yet, the numbers they asked for. Within the
 * tenant's slice: a reseller learns nothing of the partner's own orders.
 */
export async function findNumbersInFlight(tenant: Tenant, input: unknown): Promise<NumberInFlight[]> {
  return numbersInFlight(tenant, [...new Set(NumbersInFlightQuerySchema.parse(input).tns)]);
}

/** The same for numbers already checked (ten digits, each once). */
export async function numbersInFlight(tenant: Tenant, tns: string[]): Promise<NumberInFlight[]> {
  if (tns.length === 0) return [];
  const orders = await db().order.findMany({
    where: {
      ...tenantScope(tenant),
      type: { in: ORDERS_ON_NUMBERS },
      status: { in: [...IN_FLIGHT_STATUSES] },
      OR: [{ requestedTns: { hasSome: tns } }, { numbers: { some: { telephoneNumber: { tn: { in: tns } } } } }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, type: true, voiceOrderId: true, requestedTns: true, numbers: { select: { telephoneNumber: { select: { tn: true } } } } },
  });
  const wanted = new Set(tns);
  const found = new Map<string, NumberInFlight>();
  for (const order of orders) {
    const linked = order.numbers.map((link) => link.telephoneNumber.tn);
    for (const tn of linked.length > 0 ? linked : order.requestedTns) {
      if (wanted.has(tn) && !found.has(tn)) found.set(tn, { tn, order: { id: order.id, type: order.type, voiceOrderId: order.voiceOrderId } });
    }
  }
  return [...found.values()].sort((a, b) => a.tn.localeCompare(b.tn));
}
