import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { OrderType, TelephoneNumberStatus } from "@/lib/db/generated/enums";
import { FINAL_STATUSES } from "@/lib/orders/lumen-status";
import { numberStatusAfter } from "@/lib/orders/record-order-outcome";
import type { Tenant } from "@/lib/tenancy/tenant";
import { HELD_STATUSES, type HeldStatus } from "./usage-report-data";
import { numberScopeSql } from "./number-scope-sql";

export interface HeldCount {
  subAccountId: string | null;
  status: HeldStatus;
  productId: string | null;
  count: number;
}

// The mirror keeps only a number's status now. Its status at an earlier instant `end`
// follows from the orders that touched it: every status the mirror ever held was written by
// an order when Lumen took it (in flight: from its createdAt) or when it ended (completedAt,
// Lumen's time of the final notification; a failed order has none, its last update stands
// in), by numberStatusAfter's rule. So:
// - a number the mirror knew before `end` and that no reserve, install, port or disconnect
//   touched since (none placed, none ended) still has the status it had then: the mirror's;
// - any other number has the status the latest of those writes before `end` gave it, and
//   was not held yet if no such order had been placed. A reservation links its numbers only
//   once it completes, so its numbers count from then.
// The first kind is most numbers for a recent month, and costs one pass over the mirror.
//
// One rule is the report's own: a number whose disconnect Lumen has not completed at `end`
// is still in service, so it counts as active (billed), where the mirror says pending. A
// disconnect is often placed days ahead of its date.

// Closed sets of enum words, never input: safe to write into the statement.
const DECIDING = Prisma.raw(`'reserve', 'install', 'port', 'disconnect'`);
const ENDED = Prisma.raw([...FINAL_STATUSES].map((status) => `'${status}'`).join(", "));

interface Row {
  subAccountId: string | null;
  productId: string | null;
  /** The mirror's status, for a number nothing touched since `end`. */
  status: TelephoneNumberStatus | null;
  /** Otherwise the type of the order that set its status last before `end`, and that order's state at `end`. */
  type: OrderType | null;
  state: "completed" | "rejected" | "cancelled" | "failed" | "open" | null;
  count: number;
}

/** Numbers by sub-account, status and product at `end` (exclusive), within the tenant's slice. */
export async function countHeldNumbers(tenant: Tenant, end: Date): Promise<HeldCount[]> {
  const rows = await db().$queryRaw<Row[]>(heldNumbersSql(tenant, end));
  return rows.flatMap((row) => {
    const status = row.status ?? statusAfter(row.type!, row.state!);
    return status && isHeld(status) ? [{ subAccountId: row.subAccountId, productId: row.productId, status, count: row.count }] : [];
  });
}

/** A number whose port did not go through (not_ported) was never held. */
function isHeld(status: TelephoneNumberStatus): status is HeldStatus {
  return (HELD_STATUSES as readonly string[]).includes(status);
}

/** The number's status at `end` from the order that set it: the mirror's own rule (numberStatusAfter). */
function statusAfter(type: OrderType, state: NonNullable<Row["state"]>): TelephoneNumberStatus | null {
  if (type === "reserve") return state === "completed" ? "reserved" : null;
  if (type === "disconnect" && state === "open") return "active";
  return numberStatusAfter(type, state === "open" ? "in_progress" : state);
}

function heldNumbersSql(tenant: Tenant, end: Date): Prisma.Sql {
  const endedAt = Prisma.sql`coalesce(o."completedAt", o."updatedAt")`;
  const endedBy = Prisma.sql`(o."status" IN (${ENDED}) AND ${endedAt} < ${end})`;
  return Prisma.sql`
    WITH "moved" AS (
      SELECT otn."telephoneNumberId" AS "id"
      FROM "Order" o JOIN "OrderTelephoneNumber" otn ON otn."orderId" = o."id"
      WHERE o."organizationId" = ${tenant.organizationId} AND o."type" IN (${DECIDING})
        AND (o."createdAt" >= ${end} OR (o."status" IN (${ENDED}) AND ${endedAt} >= ${end}))
      UNION
      SELECT t."id" FROM "TelephoneNumber" t WHERE ${numberScopeSql(tenant)} AND t."createdAt" >= ${end}
    ),
    "latest" AS (
      SELECT DISTINCT ON (otn."telephoneNumberId") otn."telephoneNumberId" AS "id", o."type", o."productId",
        CASE WHEN ${endedBy} THEN o."status"::text ELSE 'open' END AS "state"
      FROM "moved" m
      JOIN "OrderTelephoneNumber" otn ON otn."telephoneNumberId" = m."id"
      JOIN "Order" o ON o."id" = otn."orderId"
      WHERE o."organizationId" = ${tenant.organizationId} AND o."type" IN (${DECIDING}) AND o."createdAt" < ${end}
      ORDER BY otn."telephoneNumberId", CASE WHEN ${endedBy} THEN ${endedAt} ELSE o."createdAt" END DESC, o."createdAt" DESC
    )
    SELECT t."subAccountId", t."productId",
      CASE WHEN t."status" = 'pending' AND EXISTS (
          SELECT 1 FROM "OrderTelephoneNumber" otn JOIN "Order" o ON o."id" = otn."orderId"
          WHERE otn."telephoneNumberId" = t."id" AND o."type" = 'disconnect' AND o."status" NOT IN (${ENDED}))
        THEN 'active' ELSE t."status"::text END AS "status",
      NULL AS "type", NULL AS "state", count(*)::int AS "count"
    FROM "TelephoneNumber" t
    WHERE ${numberScopeSql(tenant)} AND NOT EXISTS (SELECT 1 FROM "moved" m WHERE m."id" = t."id")
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT t."subAccountId", coalesce(l."productId", t."productId"), NULL, l."type"::text, l."state", count(*)::int
    FROM "latest" l JOIN "TelephoneNumber" t ON t."id" = l."id"
    WHERE ${numberScopeSql(tenant)}
    GROUP BY 1, 2, 4, 5`;
}
