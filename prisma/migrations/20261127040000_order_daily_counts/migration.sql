-- Orders counted by organization, sub-account, UTC day of creation, type and status, for
-- the dashboard: counting the orders themselves read every order of the period on each
-- call (100,000 rows for 90 days). Triggers on "Order" keep the counts, whatever code
-- writes the orders (Prisma, ingestion's raw SQL, a foreign key's SET NULL): each
-- statement appends its changes as signed rows (+n for orders that entered a group, -n
-- for those that left it), so writers never wait on one another's counter rows and can
-- never deadlock over them. A job folds the rows of each group into one
-- (lib/dashboard/fold-order-counts.ts); a reader sums whatever is there.

-- CreateTable
CREATE TABLE "OrderDailyCount" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "subAccountId" TEXT,
    "day" DATE NOT NULL,
    "type" "OrderType" NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "orders" INTEGER NOT NULL,

    CONSTRAINT "OrderDailyCount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrderDailyCount_organizationId_day_idx" ON "OrderDailyCount"("organizationId", "day");

-- The orders already stored.
INSERT INTO "OrderDailyCount" ("organizationId", "subAccountId", "day", "type", "status", "orders")
SELECT "organizationId", "subAccountId", "createdAt"::date, "type", "status", count(*)::int
FROM "Order"
GROUP BY 1, 2, 3, 4, 5;

CREATE FUNCTION "order_daily_count_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "OrderDailyCount" ("organizationId", "subAccountId", "day", "type", "status", "orders")
    SELECT "organizationId", "subAccountId", "createdAt"::date, "type", "status", count(*)::int
    FROM new_rows GROUP BY 1, 2, 3, 4, 5;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "OrderDailyCount" ("organizationId", "subAccountId", "day", "type", "status", "orders")
    SELECT "organizationId", "subAccountId", "createdAt"::date, "type", "status", -count(*)::int
    FROM old_rows GROUP BY 1, 2, 3, 4, 5;
  ELSE
    -- Most updates (a notification's time, a response) leave every group as it was.
    INSERT INTO "OrderDailyCount" ("organizationId", "subAccountId", "day", "type", "status", "orders")
    SELECT "organizationId", "subAccountId", "day", "type", "status", sum("orders")::int
    FROM (
      SELECT o."organizationId", o."subAccountId", o."createdAt"::date AS "day", o."type", o."status", -1 AS "orders"
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE (o."organizationId", o."subAccountId", o."createdAt"::date, o."type", o."status")
        IS DISTINCT FROM (n."organizationId", n."subAccountId", n."createdAt"::date, n."type", n."status")
      UNION ALL
      SELECT n."organizationId", n."subAccountId", n."createdAt"::date, n."type", n."status", 1
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE (o."organizationId", o."subAccountId", o."createdAt"::date, o."type", o."status")
        IS DISTINCT FROM (n."organizationId", n."subAccountId", n."createdAt"::date, n."type", n."status")
    ) AS moved
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum("orders") <> 0;
  END IF;
  RETURN NULL;
END
$$;

-- Transition tables allow one event per trigger: three triggers, one function.
CREATE TRIGGER "Order_daily_count_insert" AFTER INSERT ON "Order"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_daily_count_changes"();
CREATE TRIGGER "Order_daily_count_update" AFTER UPDATE ON "Order"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_daily_count_changes"();
CREATE TRIGGER "Order_daily_count_delete" AFTER DELETE ON "Order"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "order_daily_count_changes"();
