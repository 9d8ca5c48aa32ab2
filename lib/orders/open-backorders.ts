import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Tenant } from "@/lib/tenancy/tenant";
import { IN_FLIGHT_STATUSES } from "./lumen-status";
import { OpenBackordersQuerySchema, type OpenBackorder } from "./open-backorders-schema";

// A stored reservation request names its rate centers; one read leniently, as an old
// request may not have the shape of today's.
const StoredReservation = z.object({ rateCenters: z.array(z.object({ rateCenter: z.string(), state: z.string() })) });

/**
 * The organization's reservations in the given rate centers that Lumen answered short
 * (10001) and that are not over: waiting for the answer, or backordered. Lumen refuses
 * another there whoever asks, so a reseller hears of the partner's and other resellers'
 * too, but only that one is there: which order it is stays within its own slice.
 */
export async function findOpenBackorders(tenant: Tenant, input: unknown): Promise<OpenBackorder[]> {
  const wanted = OpenBackordersQuerySchema.parse(input).rateCenters;
  const key = (place: { rateCenter: string; state: string }) => `${place.rateCenter.toUpperCase()}|${place.state.toUpperCase()}`;
  const places = new Set(wanted.map(key));
  const orders = await db().order.findMany({
    where: {
      organizationId: tenant.organizationId,
      type: "reserve",
      OR: [{ status: "awaiting_approval" }, { status: { in: [...IN_FLIGHT_STATUSES] }, availableQuantity: { not: null } }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, subAccountId: true, voiceOrderId: true, status: true, request: true },
  });
  const visible = (order: { subAccountId: string | null }) => !tenant.subAccount || order.subAccountId === tenant.subAccount.id;
  const found = new Map<string, OpenBackorder>();
  // The slice's own orders first, so that a reseller is shown its own where it has one.
  for (const order of [...orders.filter(visible), ...orders.filter((order) => !visible(order))]) {
    const request = StoredReservation.safeParse(order.request);
    for (const place of request.success ? request.data.rateCenters : []) {
      if (!places.has(key(place)) || found.has(key(place))) continue;
      found.set(key(place), {
        rateCenter: place.rateCenter,
        state: place.state,
        order: visible(order) ? { id: order.id, voiceOrderId: order.voiceOrderId, awaitingApproval: order.status === "awaiting_approval" } : null,
      });
    }
  }
  return [...found.values()];
}
