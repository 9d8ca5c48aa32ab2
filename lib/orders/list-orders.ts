import "server-only";
import type { z } from "zod";
import { NO_SUB_ACCOUNT } from "@/lib/sub-accounts/own-label";
import { db } from "@/lib/db/client";
import { newestFirstBatches } from "@/lib/db/newest-first-batches";
import type { Prisma } from "@/lib/db/generated/client";
import { toTenDigitTn } from "@/lib/lumen/telephone-numbers";
import type { Tenant } from "@/lib/tenancy/tenant";
import { withNumberCounts, withNumbers } from "./count-order-numbers";
import { ListOrdersQuerySchema } from "./list-orders-schema";
import { tenantScope } from "./order-scope";

const ORDER_ROW = {
  id: true,
  type: true,
  productId: true,
  status: true,
  statusReason: true,
  voiceOrderId: true,
  externalOrderId: true,
  lumenCode: true,
  approvalDeadline: true,
  createdAt: true,
  updatedAt: true,
  subAccount: { select: { id: true, name: true } },
  submittedBy: { select: { name: true } },
} as const;

/**
 * One page of the tenant's orders, newest first, filtered and searched on the server,
 * and apart from them the orders waiting for the partner (a backorder to approve).
 */
export async function listOrders(tenant: Tenant, input: unknown) {
  const query = ListOrdersQuerySchema.parse(input);
  const where = ordersWhere(tenant, query);
  // Orders waiting for the partner (a backorder to approve) stand above the pages when no
  // status is chosen; the pages then hold everything else, so nothing shows twice.
  const pinWaiting = !query.status;
  const paged: Prisma.OrderWhereInput = pinWaiting ? { AND: [where, { NOT: { status: "awaiting_approval" } }] } : where;
  const [total, rows, waiting] = await Promise.all([
    db().order.count({ where: paged }),
    db()
      .order.findMany({
        where: paged,
        orderBy: [{ createdAt: "desc" }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        select: ORDER_ROW,
      })
      .then(withNumberCounts),
    pinWaiting ? awaitingApproval(where) : Promise.resolve([]),
  ]);
  return {
    /** Orders awaiting the partner's decision, on every page, oldest first. */
    waiting,
    orders: rows,
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

/**
 * Every order the filters match, newest first, in batches (for the CSV): with each its
 * numbers, by the same rule as the list's count. Orders awaiting approval are in their
 * place by date, not pinned.
 */
export async function listEveryOrder(
  tenant: Tenant,
  input: unknown,
  options: { batchSize?: number; maxRows?: number } = {},
): Promise<AsyncIterable<OrderWithNumbers[]>> {
  const where = ordersWhere(tenant, ListOrdersQuerySchema.parse(input));
  return newestFirstBatches(
    (olderThan, take): Promise<OrderRow[]> =>
      db().order.findMany({ where: olderThan ? { AND: [where, olderThan] } : where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: ORDER_ROW }),
    withNumbers,
    { batchSize: options.batchSize ?? 500, maxRows: options.maxRows ?? 100_000 },
  );
}

type OrderRow = Prisma.OrderGetPayload<{ select: typeof ORDER_ROW }>;
export type OrderWithNumbers = OrderRow & { telephoneNumbers: string[]; quantityAsked: number };

/** What the filters select, within what the tenant may see. */
function ordersWhere(tenant: Tenant, query: z.output<typeof ListOrdersQuerySchema>): Prisma.OrderWhereInput {
  return {
    ...tenantScope(tenant),
    ...(query.type && { type: query.type }),
    ...(query.status && { status: query.status }),
    ...(query.product && { productId: query.product }),
    // Staff may narrow to one reseller; a reseller's own scope is already fixed above.
    ...(query.subAccount && !tenant.subAccount && { subAccountId: query.subAccount === NO_SUB_ACCOUNT ? null : query.subAccount }),
    ...(query.submittedBy === "me" && { submittedById: tenant.userId }),
    ...((query.from || query.to) && {
      createdAt: {
        ...(query.from && { gte: new Date(`${query.from}T00:00:00Z`) }),
        ...(query.to && { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) }),
      },
    }),
    ...(query.q && { OR: searchTerms(query.q) }),
  };
}

function searchTerms(q: string): Prisma.OrderWhereInput[] {
  const tn = toTenDigitTn(q.replace(/[\s().-]/g, ""));
  return [
    // Lumen's ids are upper case (VO00000003) and ours lower (vp-…); an id typed in the
    // other case still finds its order, by exact match so that the indexes serve.
    { voiceOrderId: { in: [...new Set([q, q.toUpperCase()])] } },
    { externalOrderId: { in: [...new Set([q, q.toLowerCase()])] } },
    // The portal's own id (ord_…), as its order page's address and Go to show it.
    { id: { in: [...new Set([q, q.toLowerCase()])] } },
    // The numbers Lumen took (a reservation's, once complete), and those an order asked
    // for, which an order Lumen refused keeps without links.
    ...(tn ? [{ numbers: { some: { telephoneNumber: { tn } } } }, { requestedTns: { has: tn } }] : []),
  ];
}

async function awaitingApproval(where: Prisma.OrderWhereInput) {
  const rows = await db().order.findMany({
    where: { ...where, status: "awaiting_approval" },
    orderBy: { createdAt: "asc" },
    take: 20,
    select: ORDER_ROW,
  });
  return withNumberCounts(rows);
}
export type OrderListPage = Awaited<ReturnType<typeof listOrders>>;
