import "server-only";
import { db } from "@/lib/db/client";
import { availableQuantityOf, effectOf } from "@/lib/notifications/notification-effects";
import { lumenMessage } from "@/lib/lumen/codes";
import type { Tenant } from "@/lib/tenancy/tenant";
import { withNumberCounts } from "./count-order-numbers";
import { tenantScope } from "./order-scope";

// What the order page shows about a reservation that came back short (10001): how many
// were asked for and how many Lumen has, until when Lumen waits for the answer, the
// answers already sent, and how the backorder ended, in words and in Lumen's own.

/** Codes that end or trouble a backorder, or refuse its answer (the guide's 1921, 10004–10015, 20107). */
const BACKORDER_CODES = [1921, 10004, 10005, 10006, 10008, 10009, 10010, 10012, 10013, 10015, 20107];

export interface BackorderOutcome {
  code: number;
  /** The effects table's plain words. */
  summary: string;
  /** Lumen's own message as it arrived (or, failing that, as the guide words it). */
  lumenMessage: string;
  at: Date;
}

export interface BackorderState {
  orderId: string;
  status: string;
  asked: number | null;
  available: number | null;
  /** Lumen's notification time + 4 h; null until the 10001 notification itself has arrived. */
  deadline: Date | null;
  reserved: number;
  outcomes: BackorderOutcome[];
  approvals: Array<{ id: string; decision: string | null; status: string; lumenCode: number | null; createdAt: Date }>;
}

/** The backorder side of a reservation the tenant may see; null for other orders. */
export async function getBackorderState(tenant: Tenant, unverifiedOrderId: string): Promise<BackorderState | null> {
  const order = await db().order.findFirst({
    where: { id: unverifiedOrderId, type: "reserve", ...tenantScope(tenant) },
    select: {
      id: true,
      status: true,
      lumenCode: true,
      lumenMessage: true,
      updatedAt: true,
      approvalDeadline: true,
      availableQuantity: true,
      events: { where: { lumenCode: { in: BACKORDER_CODES } }, select: { lumenCode: true, createdAt: true } },
      childOrders: {
        where: { type: "approval" },
        select: { id: true, status: true, request: true, lumenCode: true, lumenMessage: true, createdAt: true, updatedAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!order) return null;
  const everOffered = order.status === "awaiting_approval" || order.availableQuantity !== null || order.lumenCode === 10001 || order.events.length > 0 || order.childOrders.length > 0;
  if (!everOffered) return null;

  const notifications = await db().notification.findMany({
    where: { organizationId: tenant.organizationId, orderId: order.id, notificationCode: { in: BACKORDER_CODES } },
    select: { notificationCode: true, notificationMessage: true },
  });
  const messages = new Map<number, string>();
  for (const n of notifications) if (n.notificationCode !== null && n.notificationMessage) messages.set(n.notificationCode, n.notificationMessage);
  if (order.lumenCode !== null && order.lumenMessage) messages.set(order.lumenCode, order.lumenMessage);

  const seen = new Map<number, Date>();
  for (const event of order.events) seen.set(event.lumenCode!, event.createdAt);
  for (const child of order.childOrders) {
    if (child.lumenCode === null || !BACKORDER_CODES.includes(child.lumenCode)) continue;
    seen.set(child.lumenCode, child.updatedAt);
    if (child.lumenMessage) messages.set(child.lumenCode, child.lumenMessage);
  }
  if (order.lumenCode !== null && BACKORDER_CODES.includes(order.lumenCode) && !seen.has(order.lumenCode)) seen.set(order.lumenCode, order.updatedAt);

  // How many it asked for and how many Lumen put into inventory, by the orders list's rule.
  const counts = (await withNumberCounts([{ id: order.id }]))[0]!._count;

  const outcomes = [...seen.entries()]
    .map(([code, at]) => ({ code, at, summary: effectOf(code, false)?.summary ?? "", lumenMessage: messages.get(code) ?? lumenMessage(code) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());

  return {
    orderId: order.id,
    status: order.status,
    asked: counts.quantityAsked || null,
    // The status check carries 10001's message too, before its notification has arrived.
    available: order.availableQuantity ?? (order.lumenCode === 10001 && order.lumenMessage ? availableQuantityOf(order.lumenMessage) : null),
    deadline: order.approvalDeadline,
    reserved: counts.numbers,
    outcomes,
    approvals: order.childOrders.map((child) => ({
      id: child.id,
      decision: (child.request as { decision?: string } | null)?.decision ?? null,
      status: child.status,
      lumenCode: child.lumenCode,
      createdAt: child.createdAt,
    })),
  };
}
