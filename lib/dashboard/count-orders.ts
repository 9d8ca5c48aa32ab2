import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import type { Tenant } from "@/lib/tenancy/tenant";
import type { DailyOrders } from "./dashboard-data";
import { tenantSql } from "./tenant-sql";

interface GroupRow {
  status: OrderStatus | null;
  type: OrderType | null;
  day: string | null;
  total: number;
  reservations: number;
  installs: number;
}

/**
 * The period's orders counted by status, by type and by day, from the counts the triggers
 * on "Order" keep per UTC day (OrderDailyCount: a few rows a day, however many orders),
 * in one pass: each grouping set yields its own rows, the others' columns null. A group
 * whose rows sum to nothing (an order that moved on) counts as zero.
 */
export async function countOrders(tenant: Tenant, from: Date, days: string[]) {
  const rows = await db().$queryRaw<GroupRow[]>(Prisma.sql`
    SELECT "status"::text AS "status", "type"::text AS "type", "day"::text AS "day",
      coalesce(sum("orders"), 0)::int AS "total",
      coalesce(sum("orders") FILTER (WHERE "type" = 'reserve'), 0)::int AS "reservations",
      coalesce(sum("orders") FILTER (WHERE "type" = 'install'), 0)::int AS "installs"
    FROM "OrderDailyCount"
    WHERE ${tenantSql(tenant)} AND "day" >= ${from.toISOString().slice(0, 10)}::date
    GROUP BY GROUPING SETS (("status"), ("type"), ("day"))`);

  const byStatus = zeroes(Object.values(OrderStatus));
  const byType = zeroes(Object.values(OrderType));
  const perDay = new Map<string, DailyOrders>();
  let totalInPeriod = 0;
  for (const row of rows) {
    if (row.status) {
      byStatus[row.status] = row.total;
      totalInPeriod += row.total;
    } else if (row.type) {
      byType[row.type] = row.total;
    } else if (row.day) {
      perDay.set(row.day, { day: row.day, reservations: row.reservations, installs: row.installs });
    }
  }
  const daily = days.map((day) => perDay.get(day) ?? { day, reservations: 0, installs: 0 });
  return { byStatus, byType, totalInPeriod, daily };
}

/** Whether the tenant has placed any order at all, in any period. */
export async function hasAnyOrder(tenant: Tenant): Promise<boolean> {
  const [row] = await db().$queryRaw<Array<{ exists: boolean }>>(
    Prisma.sql`SELECT EXISTS (SELECT 1 FROM "Order" WHERE ${tenantSql(tenant)}) AS "exists"`,
  );
  return row?.exists ?? false;
}

function zeroes<K extends string>(keys: K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}
