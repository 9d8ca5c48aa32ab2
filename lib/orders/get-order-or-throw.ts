import "server-only";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/tenancy/tenant";
import { tenantScope } from "./order-scope";
import { ORDER_SUMMARY, type OrderSummary } from "./order-summary";
import { findPlacedAgain, placedAgainFrom, placedAgainIn } from "./placed-again";

const ORDER_DETAIL = {
  id: true,
  type: true,
  productId: true,
  status: true,
  statusReason: true,
  externalOrderId: true,
  voiceOrderId: true,
  focDate: true,
  parentOrderId: true,
  batchKey: true,
  idempotencyKey: true,
  parentOrder: { select: { id: true, type: true, status: true } },
  request: true,
  requestedTns: true,
  response: true,
  lumenCode: true,
  lumenMessage: true,
  createdAt: true,
  updatedAt: true,
  completedAt: true,
  subAccount: { select: { id: true, name: true } },
  submittedBy: { select: { name: true, email: true } },
  events: {
    select: { id: true, kind: true, status: true, lumenCode: true, message: true, createdAt: true, data: true },
    orderBy: { createdAt: "asc" },
  },
  numbers: {
    select: { telephoneNumber: { select: { tn: true, status: true, rateCenter: true, state: true } } },
    orderBy: { telephoneNumber: { tn: "asc" } },
  },
  childOrders: {
    select: {
      id: true,
      type: true,
      status: true,
      createdAt: true,
      request: true,
      lumenCode: true,
      lumenMessage: true,
      submittedBy: { select: { name: true, email: true } },
    },
    orderBy: { createdAt: "asc" },
  },
} as const;

/** One order with its timeline and numbers, if the tenant may see it; otherwise "not found". */
export async function getOrderOrThrow(tenant: Tenant, unverifiedOrderId: string) {
  const order = await db().order.findFirst({
    where: { id: unverifiedOrderId, ...tenantScope(tenant) },
    select: ORDER_DETAIL,
  });
  if (!order) throw notFoundError("This order");
  const [placedAgainAs, batch] = await Promise.all([
    findPlacedAgain(order, tenant.organizationId),
    order.batchKey
      ? db().order.findMany({
          where: { batchKey: order.batchKey, ...tenantScope(tenant), NOT: { id: order.id } },
          select: { id: true, type: true, status: true, voiceOrderId: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        })
      : [],
  ]);
  // An event's data stays on the server; the timeline needs only the order a failed one was placed again as.
  const events = order.events.map(({ data, ...event }) => ({ ...event, placedAgainAs: placedAgainIn(data) }));
  const { idempotencyKey, ...shown } = order;
  return { ...shown, events, batch, placedAgainAs, placedAgainFrom: placedAgainFrom(idempotencyKey) };
}
export type OrderDetail = Awaited<ReturnType<typeof getOrderOrThrow>>;

/** What a form needs back after placing an order: where it stands, without its history. */
export async function getOrderSummaryOrThrow(tenant: Tenant, unverifiedOrderId: string): Promise<OrderSummary> {
  const order = await db().order.findFirst({ where: { id: unverifiedOrderId, ...tenantScope(tenant) }, select: ORDER_SUMMARY });
  if (!order) throw notFoundError("This order");
  return order;
}
