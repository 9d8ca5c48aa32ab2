import "server-only";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors/app-error";
import type { OrderEventKind, OrderStatus, OrderType } from "@/lib/db/generated/enums";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";
import { findMirrorRow, tnFromParam } from "./get-number";

export interface NumberTimelineEntry {
  id: string;
  at: Date;
  kind: OrderEventKind;
  status: OrderStatus | null;
  lumenCode: number | null;
  message: string;
  order: {
    id: string;
    type: OrderType;
    voiceOrderId: string | null;
    /** For a supplement, cancel or approval: the type of the order it acts on. */
    actsOn: OrderType | null;
  };
}

/** How far down supplements of cancels of … are followed. */
const MAX_DEPTH = 4;
const MAX_ENTRIES = 500;

/**
 * Every event of every order that touched the number, newest first: the orders that name
 * it (reserve, install, port, change, disconnect) and the supplements, cancels and
 * approvals that act on those. Only orders the tenant may open are included, so each entry
 * can link to its order, including orders Lumen refused. A number outside a reseller's
 * slice is "not found"; a number no order of the portal named has an empty timeline.
 */
export async function getNumberTimeline(tenant: Tenant, unverifiedTn: string): Promise<NumberTimelineEntry[]> {
  const tn = tnFromParam(unverifiedTn);
  const mirror = await findMirrorRow(tenant, tn);
  if (!mirror && tenant.subAccount) throw notFoundError("This number");
  const scope = tenantScope(tenant);
  // The orders Lumen took link the number; those it refused or never received only name it.
  const [linked, named] = await Promise.all([
    mirror ? db().orderTelephoneNumber.findMany({ where: { telephoneNumberId: mirror.id, order: scope }, select: { orderId: true } }) : [],
    db().order.findMany({ where: { ...scope, requestedTns: { has: tn } }, select: { id: true } }),
  ]);
  const orderIds = new Set([...linked.map((link) => link.orderId), ...named.map((order) => order.id)]);
  let frontier = [...orderIds];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const children = await db().order.findMany({ where: { ...scope, parentOrderId: { in: frontier } }, select: { id: true } });
    frontier = children.map((child) => child.id).filter((id) => !orderIds.has(id));
    for (const id of frontier) orderIds.add(id);
  }
  if (orderIds.size === 0) return [];

  const events = await db().orderEvent.findMany({
    where: { orderId: { in: [...orderIds] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_ENTRIES,
    select: {
      id: true,
      kind: true,
      status: true,
      lumenCode: true,
      message: true,
      createdAt: true,
      order: { select: { id: true, type: true, voiceOrderId: true, parentOrder: { select: { type: true } } } },
    },
  });
  return events.map((event) => ({
    id: event.id,
    at: event.createdAt,
    kind: event.kind,
    status: event.status,
    lumenCode: event.lumenCode,
    message: event.message,
    order: { id: event.order.id, type: event.order.type, voiceOrderId: event.order.voiceOrderId, actsOn: event.order.parentOrder?.type ?? null },
  }));
}
