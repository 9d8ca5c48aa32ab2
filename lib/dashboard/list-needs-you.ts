import "server-only";
import { db } from "@/lib/db/client";
import { addBusinessDays, startOfUtcDay } from "@/lib/lumen/business-days";
import { effectOf } from "@/lib/notifications/notification-effects";
import { withNumberCounts } from "@/lib/orders/count-order-numbers";
import { tenantScope } from "@/lib/orders/order-scope";
import { OPEN_STATUSES } from "@/lib/orders/lumen-status";
import type { Tenant } from "@/lib/tenancy/tenant";
import { placeAgainKey } from "@/lib/orders/placed-again";
import type { AwaitingApproval, DashboardOrderRef, RecentRejection, UnplacedOrder, UpcomingFoc } from "./dashboard-data";

/** How far ahead the dashboard looks for FOC dates: a week of cut-overs to prepare. */
export const FOC_HORIZON_BUSINESS_DAYS = 5;
const LIST_LIMIT = 10;
const DAY_MS = 86_400_000;

const REF = {
  id: true,
  type: true,
  voiceOrderId: true,
  externalOrderId: true,
  subAccount: { select: { name: true } },
} as const;

function toRef(order: { id: string; type: DashboardOrderRef["type"]; voiceOrderId: string | null; externalOrderId: string; subAccount: { name: string } | null }): DashboardOrderRef {
  return { id: order.id, type: order.type, voiceOrderId: order.voiceOrderId, externalOrderId: order.externalOrderId, subAccountName: order.subAccount?.name ?? null };
}

/** Backorders waiting for the partner's decision, the one closest to expiring first. */
export async function listAwaitingApproval(tenant: Tenant): Promise<AwaitingApproval[]> {
  const rows = await db().order.findMany({
    where: { ...tenantScope(tenant), status: "awaiting_approval" },
    orderBy: [{ approvalDeadline: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: 20,
    select: { ...REF, approvalDeadline: true, availableQuantity: true },
  });
  return rows.map((row) => ({
    ...toRef(row),
    approvalDeadline: row.approvalDeadline?.toISOString() ?? null,
    availableQuantity: row.availableQuantity,
  }));
}

/** Orders Lumen rejected in the period, newest first, each with its code in plain words. */
export async function listRecentRejections(tenant: Tenant, from: Date): Promise<RecentRejection[]> {
  const rows = await db().order.findMany({
    where: { ...tenantScope(tenant), status: "rejected", OR: [{ completedAt: { gte: from } }, { createdAt: { gte: from } }] },
    orderBy: { createdAt: "desc" },
    take: LIST_LIMIT,
    select: { ...REF, lumenCode: true, lumenMessage: true, statusReason: true, completedAt: true, updatedAt: true },
  });
  return rows.map((row) => ({
    ...toRef(row),
    lumenCode: row.lumenCode,
    summary:
      (row.lumenCode !== null ? effectOf(row.lumenCode, false)?.summary : undefined) ??
      row.lumenMessage ??
      row.statusReason ??
      "Lumen rejected the order.",
    rejectedAt: (row.completedAt ?? row.updatedAt).toISOString(),
  }));
}

/** Failed orders looked at for the list: after an outage, most of the newest may be placed again already. */
const UNPLACED_WINDOW = 50;

/**
 * Orders that never reached Lumen in the period (it could not be reached, or was busy and
 * does not have them) and that nobody has placed again yet, newest first.
 */
export async function listUnplacedOrders(tenant: Tenant, from: Date): Promise<UnplacedOrder[]> {
  const failed = await db().order.findMany({
    where: { ...tenantScope(tenant), status: "failed", OR: [{ createdAt: { gte: from } }, { updatedAt: { gte: from } }] },
    orderBy: { createdAt: "desc" },
    take: UNPLACED_WINDOW,
    select: { ...REF, updatedAt: true },
  });
  if (failed.length === 0) return [];
  const placedAgain = await db().order.findMany({
    where: { organizationId: tenant.organizationId, idempotencyKey: { in: failed.map((order) => placeAgainKey(order.id)) } },
    select: { idempotencyKey: true },
  });
  const done = new Set(placedAgain.map((order) => order.idempotencyKey));
  return failed
    .filter((order) => !done.has(placeAgainKey(order.id)))
    .slice(0, LIST_LIMIT)
    .map((order) => ({ ...toRef(order), failedAt: order.updatedAt.toISOString() }));
}

/**
 * Open ports whose FOC date falls between today and the end of the fifth business day
 * from today (UTC days, like Lumen's dates), soonest first.
 */
export async function listUpcomingFocs(tenant: Tenant, now: Date): Promise<UpcomingFoc[]> {
  const today = startOfUtcDay(now);
  const end = new Date(startOfUtcDay(addBusinessDays(today, FOC_HORIZON_BUSINESS_DAYS)).getTime() + DAY_MS);
  const rows = await db().order.findMany({
    where: {
      ...tenantScope(tenant),
      type: "port",
      focDate: { gte: today, lt: end },
      status: { in: [...OPEN_STATUSES] },
    },
    orderBy: { focDate: "asc" },
    take: 20,
    select: { ...REF, focDate: true },
  });
  return (await withNumberCounts(rows)).map((row) => ({ ...toRef(row), focDate: row.focDate!.toISOString(), numberCount: row._count.numbers }));
}
