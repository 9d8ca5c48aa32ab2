import "server-only";
import { db } from "@/lib/db/client";
import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import type { Tenant } from "@/lib/tenancy/tenant";
import { tenantScope } from "./order-scope";
import { OPEN_STATUSES } from "./lumen-status";
import { missedExpectation, type ExpectationKey } from "./stuck-orders-expectations";

export interface StuckOrder {
  id: string;
  type: OrderType;
  status: OrderStatus;
  voiceOrderId: string | null;
  externalOrderId: string;
  expectation: ExpectationKey;
  expected: string;
  overdueAt: Date;
  /** The latest notification about the order, or its creation when none came. */
  waitingSince: Date;
}

export interface StuckOrderGroup {
  /** Null: the organization's own orders, outside any sub-account. */
  subAccount: { id: string; name: string } | null;
  orders: StuckOrder[];
}

/** Open orders examined per page view; far more open orders than this is an outage of its own. */
const OPEN_ORDER_LIMIT = 2000;

/**
 * The tenant's open orders that have missed what they should have heard by `now`, longest
 * waiting first, grouped by sub-account (the organization's own orders first).
 */
export async function listStuckOrders(tenant: Tenant, now: Date = new Date()): Promise<StuckOrderGroup[]> {
  const open = await db().order.findMany({
    where: { ...tenantScope(tenant), status: { in: [...OPEN_STATUSES] } },
    orderBy: { createdAt: "asc" },
    take: OPEN_ORDER_LIMIT,
    select: {
      id: true,
      type: true,
      status: true,
      voiceOrderId: true,
      externalOrderId: true,
      createdAt: true,
      lastNotificationAt: true,
      focDate: true,
      approvalDeadline: true,
      request: true,
      subAccount: { select: { id: true, name: true } },
    },
  });

  const groups = new Map<string, StuckOrderGroup>();
  for (const order of open) {
    const missed = missedExpectation(order, now);
    if (!missed) continue;
    const key = order.subAccount?.id ?? "";
    const group = groups.get(key) ?? { subAccount: order.subAccount, orders: [] };
    group.orders.push({
      id: order.id,
      type: order.type,
      status: order.status,
      voiceOrderId: order.voiceOrderId,
      externalOrderId: order.externalOrderId,
      expectation: missed.expectation.key,
      expected: missed.expectation.expected,
      overdueAt: missed.overdueAt,
      waitingSince: order.lastNotificationAt ?? order.createdAt,
    });
    groups.set(key, group);
  }
  for (const group of groups.values()) group.orders.sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime());
  return [...groups.values()].sort((a, b) => (a.subAccount?.name ?? "").localeCompare(b.subAccount?.name ?? ""));
}
