import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { foldOrderCounts } from "./fold-order-counts";

// The dashboard counts orders from OrderDailyCount, which triggers on "Order" keep. Here
// orders are written the ways the portal writes them (Prisma creates and updates, bulk
// updates, raw SQL as ingestion uses, a sub-account's removal setting its orders' column
// to null, deletes) and after each the kept counts must equal counting the orders.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let org: Org;
let subAccounts: string[];
const DAY = 86_400_000;
const TYPES = ["reserve", "install", "port", "change", "disconnect"] as const;
const STATUSES = ["submitting", "accepted", "in_progress", "completed", "rejected"] as const;

/** What counting the organization's orders gives, per group, without empty groups. */
async function countedFromOrders() {
  const rows = await testDb.$queryRaw<Array<{ key: string; orders: number }>>`
    SELECT concat_ws('|', coalesce("subAccountId", '-'), "createdAt"::date, "type", "status") AS "key", count(*)::int AS "orders"
    FROM "Order" WHERE "organizationId" = ${org.id} GROUP BY 1 ORDER BY 1`;
  return Object.fromEntries(rows.map((row) => [row.key, row.orders]));
}

/** What the kept counts give, per group, without groups that sum to nothing. */
async function keptCounts() {
  const rows = await testDb.$queryRaw<Array<{ key: string; orders: number }>>`
    SELECT concat_ws('|', coalesce("subAccountId", '-'), "day", "type", "status") AS "key", sum("orders")::int AS "orders"
    FROM "OrderDailyCount" WHERE "organizationId" = ${org.id} GROUP BY 1 HAVING sum("orders") <> 0 ORDER BY 1`;
  return Object.fromEntries(rows.map((row) => [row.key, row.orders]));
}

function orderRow(i: number) {
  return {
    organizationId: org.id,
    subAccountId: i % 3 === 0 ? null : subAccounts[i % 2]!,
    type: TYPES[i % TYPES.length]!,
    status: STATUSES[(i * 7) % STATUSES.length]!,
    idempotencyKey: randomUUID(),
    externalOrderId: `count-${randomUUID()}`,
    request: {},
    createdAt: new Date(Date.UTC(2026, 10, 20) + (i % 9) * DAY + (i % 5) * 3_600_000),
  };
}

beforeAll(async () => {
  org = await createTestOrganization("counts");
  subAccounts = await Promise.all(
    ["North", "South"].map(async (name) => (await testDb.subAccount.create({ data: { organizationId: org.id, name, customerServiceNames: [name.toUpperCase()] } })).id),
  );
});

describe("the dashboard's order counts", () => {
  it("follow every way orders are written, and folding keeps them while leaving one row per group", async () => {
    await testDb.order.createMany({ data: Array.from({ length: 120 }, (_, i) => orderRow(i)) });
    await testDb.order.create({ data: orderRow(500) });
    expect(await keptCounts()).toEqual(await countedFromOrders());
    expect(Object.values(await keptCounts()).reduce((a, b) => a + b, 0)).toBe(121);

    // A bulk move (ingestion completing many orders), a single one, and raw SQL.
    await testDb.order.updateMany({ where: { organizationId: org.id, status: "accepted" }, data: { status: "completed" } });
    const one = await testDb.order.findFirstOrThrow({ where: { organizationId: org.id, status: "submitting" } });
    await testDb.order.update({ where: { id: one.id }, data: { status: "rejected", lumenCode: 1648 } });
    await testDb.$executeRaw`UPDATE "Order" SET "status" = 'in_progress', "lastNotificationAt" = now() WHERE "organizationId" = ${org.id} AND "type" = 'port' AND "status" = 'submitting'`;
    // An update that changes no group adds nothing.
    const before = await testDb.orderDailyCount.count({ where: { organizationId: org.id } });
    await testDb.order.updateMany({ where: { organizationId: org.id }, data: { lastNotificationAt: new Date() } });
    expect(await testDb.orderDailyCount.count({ where: { organizationId: org.id } })).toBe(before);
    expect(await keptCounts()).toEqual(await countedFromOrders());

    // Moving an order to another sub-account, removing a sub-account (its orders' column
    // goes to null by the foreign key), deleting orders.
    const moved = await testDb.order.findFirstOrThrow({ where: { organizationId: org.id, subAccountId: null } });
    await testDb.order.update({ where: { id: moved.id }, data: { subAccountId: subAccounts[0] } });
    await testDb.subAccount.delete({ where: { id: subAccounts[1] } });
    await testDb.order.deleteMany({ where: { organizationId: org.id, type: "change" } });
    const counted = await countedFromOrders();
    expect(await keptCounts()).toEqual(counted);
    expect(Object.keys(counted).some((key) => key.startsWith(`${subAccounts[1]}|`))).toBe(false);

    const rowsBefore = await testDb.orderDailyCount.count({ where: { organizationId: org.id } });
    await foldOrderCounts();
    const rows = await testDb.orderDailyCount.groupBy({
      by: ["subAccountId", "day", "type", "status"],
      where: { organizationId: org.id },
      _count: { _all: true },
    });
    expect(rows.every((row) => row._count._all === 1)).toBe(true);
    expect(rows.length).toBeLessThan(rowsBefore);
    expect(await keptCounts()).toEqual(counted);
  });

  it("stay right when orders are written while a fold runs", async () => {
    await Promise.all([
      foldOrderCounts(),
      // The second sub-account was removed above: these go to the first, or to none.
      testDb.order.createMany({ data: Array.from({ length: 40 }, (_, i) => ({ ...orderRow(1000 + i), subAccountId: i % 2 ? subAccounts[0]! : null })) }),
      testDb.order.updateMany({ where: { organizationId: org.id, status: "in_progress" }, data: { status: "completed" } }),
      foldOrderCounts(),
    ]);
    await foldOrderCounts();
    expect(await keptCounts()).toEqual(await countedFromOrders());
  });
});
