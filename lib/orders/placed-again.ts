import "server-only";
import { db } from "@/lib/db/client";
import { hasRedactedValues } from "@/lib/lumen/redact-secrets";
import type { Tenant } from "@/lib/tenancy/tenant";
import type { PlaceAgainFacts } from "./order-actions";

// How a failed order and the order that placed it again find each other: the new order's
// idempotency key is derived from the failed one's id (see place-order-again.ts). It has a
// colon, which the keys forms send may not (IdempotencyKeySchema), so no other order can
// take it first.

const KEY_PREFIX = "again:";

/** The idempotency key of the order that places `orderId` again. */
export function placeAgainKey(orderId: string): string {
  return `${KEY_PREFIX}${orderId}`;
}

/** The failed order this one placed again, read from its own idempotency key. */
export function placedAgainFrom(idempotencyKey: string): string | null {
  return idempotencyKey.startsWith(KEY_PREFIX) ? idempotencyKey.slice(KEY_PREFIX.length) : null;
}

/** The order that placed this one again, if any; looked up only for an order that failed. */
export async function findPlacedAgain(order: { id: string; status: string }, organizationId: string): Promise<string | null> {
  if (order.status !== "failed") return null;
  const again = await db().order.findUnique({
    where: { organizationId_idempotencyKey: { organizationId, idempotencyKey: placeAgainKey(order.id) } },
    select: { id: true },
  });
  return again?.id ?? null;
}

/** The facts of "What you can do now" about placing this order again, for this tenant. */
export function placeAgainFacts(tenant: Pick<Tenant, "subAccount">, order: { request: unknown; subAccount: { id: string } | null; placedAgainAs: string | null }): PlaceAgainFacts {
  return {
    requestRedacted: hasRedactedValues(order.request),
    ownSlice: (tenant.subAccount?.id ?? null) === (order.subAccount?.id ?? null),
    placedAgainAs: order.placedAgainAs,
  };
}

/** The new order a "placed again" timeline event names (place-order-again.ts writes it). */
export function placedAgainIn(eventData: unknown): string | null {
  if (eventData === null || typeof eventData !== "object" || !("placedAgainAs" in eventData)) return null;
  return typeof eventData.placedAgainAs === "string" ? eventData.placedAgainAs : null;
}
