import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { OrderType } from "@/lib/db/generated/enums";
import { tenantSql } from "@/lib/dashboard/tenant-sql";
import type { Tenant } from "@/lib/tenancy/tenant";
import type { BilledChange, OrderOutcome } from "./usage-report-data";
import { numberScopeSql } from "./number-scope-sql";

export interface OrderCount {
  subAccountId: string | null;
  type: OrderType;
  outcome: OrderOutcome;
  count: number;
}

/**
 * Orders placed in [from, to) by the sub-account that placed them, type and outcome as
 * it stands now, from the (organizationId, subAccountId, createdAt) index.
 */
export async function countMonthOrders(tenant: Tenant, from: Date, to: Date): Promise<OrderCount[]> {
  return db().$queryRaw<OrderCount[]>(Prisma.sql`
    SELECT "subAccountId", "type"::text AS "type",
      CASE WHEN "status" = 'completed' THEN 'completed'
        WHEN "status" IN ('rejected', 'failed') THEN 'refused'
        WHEN "status" = 'cancelled' THEN 'cancelled'
        ELSE 'open' END AS "outcome",
      count(*)::int AS "count"
    FROM "Order"
    WHERE ${tenantSql(tenant)} AND "createdAt" >= ${from} AND "createdAt" < ${to}
    GROUP BY 1, 2, 3`);
}

export interface CompletedCount {
  subAccountId: string | null;
  change: BilledChange;
  productId: string | null;
  count: number;
}

/**
 * Numbers whose install, port or disconnect completed in [from, to), whenever it was
 * placed, counted for the sub-account that holds the number. A disconnect names no
 * product, so the number's own is used.
 */
export async function countCompletedNumbers(tenant: Tenant, from: Date, to: Date): Promise<CompletedCount[]> {
  return db().$queryRaw<CompletedCount[]>(Prisma.sql`
    SELECT t."subAccountId",
      CASE o."type" WHEN 'install' THEN 'installed' WHEN 'port' THEN 'portedIn' ELSE 'disconnected' END AS "change",
      coalesce(o."productId", t."productId") AS "productId", count(*)::int AS "count"
    FROM "Order" o
    JOIN "OrderTelephoneNumber" otn ON otn."orderId" = o."id"
    JOIN "TelephoneNumber" t ON t."id" = otn."telephoneNumberId"
    WHERE o."organizationId" = ${tenant.organizationId} AND o."type" IN ('install', 'port', 'disconnect') AND o."status" = 'completed'
      AND o."completedAt" >= ${from} AND o."completedAt" < ${to} AND ${numberScopeSql(tenant)}
    GROUP BY 1, 2, 3`);
}
