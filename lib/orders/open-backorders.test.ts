import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { POST as openBackordersRoute } from "@/app/api/orgs/[org]/orders/open-backorders/route";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { createTestOrganization, requestAs, routeParams, testDb } from "@/test/fixtures";
import { tenantFor } from "@/test/order-fixtures";

// Which rate centers hold a reservation still in backorder, as the reservation wizard asks
// before its utilization step lets a rate center on (Lumen's 4011 otherwise).

let org: Awaited<ReturnType<typeof createTestOrganization>>;
let staff: string;
let reseller: string;
const ids: Record<string, string> = {};

async function reservation(key: string, rateCenter: string, state: string, status: OrderStatus, extra: { availableQuantity?: number; subAccountId?: string } = {}) {
  const order = await testDb.order.create({
    data: {
      organizationId: org.id,
      subAccountId: extra.subAccountId ?? null,
      type: "reserve",
      status,
      productId: "2036",
      voiceOrderId: `VO-${key}`,
      idempotencyKey: randomUUID(),
      externalOrderId: `vp-${randomUUID()}`,
      request: { productID: "2036", rateCenters: [{ rateCenter, state, quantity: 30 }] },
      availableQuantity: extra.availableQuantity ?? null,
    },
  });
  ids[key] = order.id;
}

beforeAll(async () => {
  org = await createTestOrganization("backorders");
  const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Desert Resale", customerServiceNames: ["DESERT"] } });
  staff = (await tenantFor(org, "viewer")).user.id;
  reseller = (await tenantFor(org, "viewer", sub.id)).user.id;
  await reservation("boulder", "BOULDER", "CO", "awaiting_approval", { availableQuantity: 25 });
  await reservation("spokane", "SPOKANE", "WA", "in_progress", { availableQuantity: 5 });
  await reservation("denver", "DENVER", "CO", "completed", { availableQuantity: 10 });
  await reservation("omaha", "OMAHA", "NE", "in_progress");
  await reservation("tucson", "TUCSON", "AZ", "awaiting_approval", { availableQuantity: 2, subAccountId: sub.id });
  // The partner's reservation in Spokane came first; the reseller's own is there too.
  await reservation("spokaneResale", "SPOKANE", "WA", "in_progress", { availableQuantity: 1, subAccountId: sub.id });
});

async function ask(userId: string, rateCenters: unknown) {
  const request = await requestAs(userId, "/api", { method: "POST", json: { rateCenters } });
  const response = await openBackordersRoute(request as never, routeParams({ org: org.slug }) as never);
  return { status: response.status, body: await response.json() };
}

const everywhere = [
  { rateCenter: "BOULDER", state: "CO" },
  { rateCenter: "SPOKANE", state: "WA" },
  { rateCenter: "DENVER", state: "CO" },
  { rateCenter: "OMAHA", state: "NE" },
  { rateCenter: "TUCSON", state: "AZ" },
];

describe(`open backorders by rate center (${inject("databaseKind")})`, () => {
  it("names the reservations waiting for a backorder answer or backordered, and none finished or never short", async () => {
    const { status, body } = await ask(staff, everywhere);
    expect(status).toBe(200);
    expect(body.backorders).toEqual([
      { rateCenter: "BOULDER", state: "CO", order: { id: ids.boulder, voiceOrderId: "VO-boulder", awaitingApproval: true } },
      { rateCenter: "SPOKANE", state: "WA", order: { id: ids.spokane, voiceOrderId: "VO-spokane", awaitingApproval: false } },
      { rateCenter: "TUCSON", state: "AZ", order: { id: ids.tucson, voiceOrderId: "VO-tucson", awaitingApproval: true } },
    ]);
  });

  it("answers only for the rate centers asked about, whatever their case", async () => {
    const { body } = await ask(staff, [{ rateCenter: "Boulder", state: "CO" }]);
    expect(body.backorders.map((b: { order: { id: string } }) => b.order.id)).toEqual([ids.boulder]);
  });

  it("tells a reseller's user of the partner's reservations too, as Lumen refuses it there as well, without saying which order", async () => {
    const { body } = await ask(reseller, everywhere);
    expect(body.backorders).toEqual([
      { rateCenter: "TUCSON", state: "AZ", order: { id: ids.tucson, voiceOrderId: "VO-tucson", awaitingApproval: true } },
      { rateCenter: "SPOKANE", state: "WA", order: { id: ids.spokaneResale, voiceOrderId: "VO-spokaneResale", awaitingApproval: false } },
      { rateCenter: "BOULDER", state: "CO", order: null },
    ]);
    expect(JSON.stringify(body)).not.toContain(ids.boulder);
  });

  it("refuses a list it cannot read", async () => {
    expect((await ask(staff, [])).status).toBe(422);
    expect((await ask(staff, [{ rateCenter: "BOULDER", state: "Colorado" }])).status).toBe(422);
  });
});
