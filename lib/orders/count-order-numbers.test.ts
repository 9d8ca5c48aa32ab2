import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { listUpcomingFocs } from "@/lib/dashboard/list-needs-you";
import { addBusinessDays } from "@/lib/lumen/business-days";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { tenantFor } from "@/test/order-fixtures";
import type { Prisma } from "@/lib/db/generated/client";
import { withNumberCounts } from "./count-order-numbers";
import { listOrders } from "./list-orders";

// How many numbers each listed order carries, counted for the listed orders only: on the
// orders list (pages and the orders waiting above them) and the dashboard's upcoming ports.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let org: Org;
const orders: Record<string, string> = {};

async function orderWith(
  key: string,
  numbers: number,
  data: {
    type: "reserve" | "port" | "install";
    status: "accepted" | "awaiting_approval" | "in_progress" | "rejected";
    focDate?: Date;
    requestedTns?: string[];
    request?: Prisma.InputJsonObject;
  },
) {
  const order = await testDb.order.create({
    data: { organizationId: org.id, idempotencyKey: randomUUID(), externalOrderId: `count-${randomUUID()}`, request: {}, ...data },
  });
  for (let i = 0; i < numbers; i++) {
    const tn = await testDb.telephoneNumber.create({ data: { organizationId: org.id, tn: String(4020000000 + Object.keys(orders).length * 10 + i), status: "reserved" } });
    await testDb.orderTelephoneNumber.create({ data: { orderId: order.id, telephoneNumberId: tn.id } });
  }
  orders[key] = order.id;
}

beforeAll(async () => {
  org = await createTestOrganization("numbers");
  await orderWith("none", 0, { type: "reserve", status: "accepted" });
  await orderWith("two", 2, { type: "reserve", status: "accepted" });
  await orderWith("waiting", 3, { type: "reserve", status: "awaiting_approval" });
  await orderWith("port", 4, { type: "port", status: "in_progress", focDate: addBusinessDays(new Date(), 1), requestedTns: ["4020000030", "4020000031", "4020000032", "4020000033"] });
  // Lumen refused it: no number linked, the request's numbers kept.
  await orderWith("refused", 0, { type: "install", status: "rejected", requestedTns: ["6029740006", "6029740007"] });
  const twoRateCenters = { rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 5 }, { rateCenter: "BOULDER", state: "CO", quantity: 3 }, { quantity: "many" }] };
  await orderWith("asked", 0, { type: "reserve", status: "accepted", request: twoRateCenters });
  await orderWith("filled", 2, { type: "reserve", status: "accepted", request: { rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 5 }] } });
});

describe("the number counts of listed orders", () => {
  it("count each order's own numbers, zero for an order without any", async () => {
    const counted = await withNumberCounts([{ id: orders.two! }, { id: orders.none! }, { id: orders.port! }, { id: orders.refused! }]);
    expect(counted.map((order) => order._count.numbers)).toEqual([2, 0, 4, 2]);
    expect(await withNumberCounts([])).toEqual([]);
  });

  it("say how many numbers a reservation asked for, which the list shows until Lumen names them", async () => {
    const counted = await withNumberCounts([{ id: orders.asked! }, { id: orders.filled! }, { id: orders.none! }, { id: orders.refused! }]);
    expect(counted.map((order) => order._count)).toEqual([
      { numbers: 0, quantityAsked: 8 },
      { numbers: 2, quantityAsked: 5 },
      { numbers: 0, quantityAsked: 0 },
      { numbers: 2, quantityAsked: 0 },
    ]);
  });

  it("show on the orders list, for the pages and for the orders waiting above them", async () => {
    const { tenant } = await tenantFor(org, "viewer");
    const page = await listOrders(tenant, {});
    const countOf = (rows: Array<{ id: string; _count: { numbers: number } }>, key: string) => rows.find((row) => row.id === orders[key])?._count.numbers;
    expect([countOf(page.orders, "none"), countOf(page.orders, "two"), countOf(page.orders, "port")]).toEqual([0, 2, 4]);
    expect(countOf(page.waiting, "waiting")).toBe(3);
    expect(countOf(page.orders, "refused")).toBe(2);
  });

  it("find an order Lumen refused by a number it asked for, as the orders search does", async () => {
    const { tenant } = await tenantFor(org, "viewer");
    const found = await listOrders(tenant, { q: "(602) 974-0007" });
    expect(found.orders.map((order) => order.id)).toEqual([orders.refused]);
  });

  it("show on the dashboard's upcoming ports", async () => {
    const { tenant } = await tenantFor(org, "viewer");
    const upcoming = await listUpcomingFocs(tenant, new Date());
    expect(upcoming.map((port) => [port.id, port.numberCount])).toEqual([[orders.port, 4]]);
  });
});
