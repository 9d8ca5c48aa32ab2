import "server-only";
import { db } from "@/lib/db/client";

/**
 * Adds to each order how many numbers it carries, as `_count.numbers`.
 *
 * Prisma's own `_count: { select: { numbers: true } }` joins a count of EVERY order's
 * numbers (`GROUP BY "orderId"` over the whole link table) and only then picks the rows
 * asked for: 125 ms for the dashboard's twenty upcoming ports with 100,000 orders stored.
 * This counts the given orders' links only, through the link table's primary key.
 */
export async function withNumberCounts<T extends { id: string }>(orders: T[]): Promise<Array<T & { _count: { numbers: number } }>> {
  const counts = new Map<string, number>();
  if (orders.length) {
    const rows = await db().orderTelephoneNumber.groupBy({
      by: ["orderId"],
      where: { orderId: { in: orders.map((order) => order.id) } },
      _count: { _all: true },
    });
    for (const row of rows) counts.set(row.orderId, row._count._all);
  }
  return orders.map((order) => ({ ...order, _count: { numbers: counts.get(order.id) ?? 0 } }));
}
