import "server-only";
import { db } from "@/lib/db/client";

// The triggers on "Order" append a signed row per group a statement changed; this folds
// each group's rows into one, so the dashboard sums a few rows per day, not one per write.
// Rows appended while it runs are not in its snapshot and stay for the next fold; on
// PostgreSQL a row another fold already deleted is skipped, so no row counts twice.

export const FOLD_ORDER_COUNTS_QUEUE = "fold-order-counts";

/** Folds every group with more than one row; returns how many rows it folded. */
export async function foldOrderCounts(): Promise<number> {
  const [result] = await db().$queryRaw<Array<{ folded: number }>>`
    WITH groups AS (
      SELECT "organizationId", "subAccountId", "day", "type", "status"
      FROM "OrderDailyCount"
      GROUP BY 1, 2, 3, 4, 5
      HAVING count(*) > 1
    ), folded AS (
      DELETE FROM "OrderDailyCount" c
      USING groups g
      WHERE c."organizationId" = g."organizationId" AND c."subAccountId" IS NOT DISTINCT FROM g."subAccountId"
        AND c."day" = g."day" AND c."type" = g."type" AND c."status" = g."status"
      RETURNING c."organizationId", c."subAccountId", c."day", c."type", c."status", c."orders"
    ), written AS (
      INSERT INTO "OrderDailyCount" ("organizationId", "subAccountId", "day", "type", "status", "orders")
      SELECT "organizationId", "subAccountId", "day", "type", "status", sum("orders")::int
      FROM folded
      GROUP BY 1, 2, 3, 4, 5
      HAVING sum("orders") <> 0
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM folded)::int AS "folded"`;
  return result?.folded ?? 0;
}
