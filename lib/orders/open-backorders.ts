import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Tenant } from "@/lib/tenancy/tenant";
import { IN_FLIGHT_STATUSES } from "./lumen-status";
import { OpenBackordersQuerySchema, type OpenBackorder } from "./open-backorders-schema";
import { tenantScope } from "./order-scope";

// A stored reservation request names its rate centers; one read leniently, as an old
// request may not have the shape of today's.
const StoredReservation = z.object({ rateCenters: z.array(z.object({ rateCenter: z.string(), state: z.string() })) });

/**
 * The tenant's reservations in the given rate centers that Lumen answered short (10001)
 * and that are not over: waiting for the answer, or backordered. Within the tenant's
 * slice: a reseller learns nothing of the partner's own reservations.
 */
export async function findOpenBackorders(tenant: Tenant, input: unknown): Promise<OpenBackorder[]> {
  const wanted = OpenBackordersQuerySchema.parse(input).rateCenters;
  const key = (place: { rateCenter: string; state: string }) => `${place.rateCenter.toUpperCase()}|${place.state.toUpperCase()}`;
  const places = new Set(wanted.map(key));
  const orders = await db().order.findMany({
    where: {
      ...tenantScope(tenant),
      type: "reserve",
      OR: [{ status: "awaiting_approval" }, { status: { in: [...IN_FLIGHT_STATUSES] }, availableQuantity: { not: null } }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, voiceOrderId: true, status: true, request: true },
  });
  const found = new Map<string, OpenBackorder>();
  for (const order of orders) {
    const request = StoredReservation.safeParse(order.request);
    for (const place of request.success ? request.data.rateCenters : []) {
      if (!places.has(key(place)) || found.has(key(place))) continue;
      found.set(key(place), {
        rateCenter: place.rateCenter,
        state: place.state,
        order: { id: order.id, voiceOrderId: order.voiceOrderId, awaitingApproval: order.status === "awaiting_approval" },
      });
    }
  }
  return [...found.values()];
}
