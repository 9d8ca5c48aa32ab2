import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Tenant } from "@/lib/tenancy/tenant";
import type { RateCenterUtilization } from "./dashboard-data";
import { tenantSql } from "./tenant-sql";

/** The chart's rate centers: those holding the most numbers. */
const RATE_CENTER_LIMIT = 12;

/**
 * Utilization per rate center from our mirror of the inventory: in-use numbers over the
 * numbers held (active and reserved), the measure behind Lumen's 75 % rule (1648).
 */
export async function readRateCenterUtilization(tenant: Tenant): Promise<RateCenterUtilization[]> {
  const rows = await db().$queryRaw<Array<{ rateCenter: string; state: string; active: number; reserved: number }>>(Prisma.sql`
    SELECT "rateCenter", coalesce("state", '') AS "state",
      (count(*) FILTER (WHERE "status" = 'active'))::int AS "active",
      (count(*) FILTER (WHERE "status" = 'reserved'))::int AS "reserved"
    FROM "TelephoneNumber"
    WHERE ${tenantSql(tenant)} AND "status" IN ('active', 'reserved') AND "rateCenter" IS NOT NULL
    GROUP BY "rateCenter", "state"
    ORDER BY count(*) DESC, "rateCenter"
    LIMIT ${RATE_CENTER_LIMIT}`);
  return rows.map((row) => ({
    ...row,
    percent: Math.round((row.active / (row.active + row.reserved)) * 1000) / 10,
  }));
}
