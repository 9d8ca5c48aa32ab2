import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as placeAgainRoute } from "@/app/api/orgs/[org]/orders/[id]/place-again/route";
import { POST as submitRoute } from "@/app/api/orgs/[org]/orders/route";
import { createTestClient } from "@/lib/lumen/client/client-test-kit";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { requestAs, routeParams, testDb } from "@/test/fixtures";
import { createSandboxOrganization, idempotencyKey, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";
import { getOrderOrThrow } from "./get-order-or-throw";
import { orderActionsFor } from "./order-actions-guard";
import { placeAgainKey } from "./placed-again";
import { submitOrder } from "./submit-order";

// "Place it again" on an order that never reached Lumen, through the route handler and the
// real sandbox over HTTP: the kept request goes out as a new order, once however often it
// is asked, checked as a wizard's order is, and only by the order's own side.

let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let operator: Awaited<ReturnType<typeof tenantFor>>;
let viewer: Awaited<ReturnType<typeof tenantFor>>;
let reseller: Awaited<ReturnType<typeof tenantFor>>;
let subAccountId: string;

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "acme");
  operator = await tenantFor(org, "operator");
  viewer = await tenantFor(org, "viewer");
  subAccountId = (await testDb.subAccount.create({ data: { organizationId: org.id, name: `Again Resale ${randomUUID().slice(0, 6)}`, customerServiceNames: ["ACME-MAIN"] } })).id;
  reseller = await tenantFor(org, "operator", subAccountId);
});
afterAll(() => sandbox.close());

const reserveIn = (rateCenter: string, state: string, quantity = 2) => ({
  type: "reserve" as const,
  idempotencyKey: idempotencyKey(),
  request: { productID: "2036" as const, rateCenters: [{ rateCenter, state, quantity }] },
});

/** An order placed while Lumen could not be reached: kept as failed, with its request. */
async function failedOrder(tenant = operator.tenant, body: ReturnType<typeof reserveIn> = reserveIn("DENVER", "CO")) {
  const down = createTestClient(sandbox, { baseUrl: "http://127.0.0.1:9", now: () => new Date() });
  const { orderId } = await submitOrder(tenant, body, { client: down.client });
  expect((await testDb.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("failed");
  return orderId;
}

async function placeAgain(userId: string, orderId: string) {
  const response = await placeAgainRoute((await requestAs(userId, "/api", { method: "POST" })) as never, routeParams({ org: org.slug, id: orderId }) as never);
  return { status: response.status, body: await response.json() };
}

describe(`placing again an order that never reached Lumen (${inject("databaseKind")})`, () => {
  it("sends the kept request as a new order, and the failed order points to it", async () => {
    const failedId = await failedOrder();
    const failed = await testDb.order.findUniqueOrThrow({ where: { id: failedId } });

    const { status, body } = await placeAgain(operator.user.id, failedId);
    expect(status).toBe(201);
    expect(body.duplicate).toBe(false);
    expect(body.order.status).toBe("accepted");
    expect(body.order.voiceOrderId).toMatch(/^VO\d{8}$/);

    const placed = await testDb.order.findUniqueOrThrow({ where: { id: body.order.id } });
    expect(placed).toMatchObject({ type: "reserve", productId: "2036", idempotencyKey: placeAgainKey(failedId), subAccountId: null, submittedById: operator.user.id });
    // The same request, under the new order's own external order ID.
    const { externalOrderID: oldId, ...kept } = failed.request as Record<string, unknown>;
    const { externalOrderID: newId, ...sent } = placed.request as Record<string, unknown>;
    expect(sent).toEqual(kept);
    expect(newId).toBe(placed.externalOrderId);
    expect(newId).not.toBe(oldId);

    const before = await getOrderOrThrow(operator.tenant, failedId);
    expect(before.status).toBe("failed");
    expect(before.placedAgainAs).toBe(placed.id);
    expect(before.events.at(-1)).toMatchObject({ kind: "retried", placedAgainAs: placed.id, message: expect.stringMatching(/^Placed again as a new order/) });
    expect(before.events.slice(0, -1).every((event) => event.placedAgainAs === null)).toBe(true);
    expect(before.events.every((event) => !("data" in event))).toBe(true);
    expect(orderActionsFor(operator.tenant, before).place_again).toMatchObject({ available: false, reason: expect.stringMatching(/placed again already/) });
    // And the new order names the one it placed again.
    expect((await getOrderOrThrow(operator.tenant, placed.id)).placedAgainFrom).toBe(failedId);
    expect(before.placedAgainFrom).toBeNull();
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { organizationId: org.id, action: "order.submit_reserve", targetId: placed.id } });
    expect(audit.actorUserId).toBe(operator.user.id);
  });

  it("places it once however often it is asked, at once or later", async () => {
    const failedId = await failedOrder(operator.tenant, reserveIn("SEATTLE", "WA"));
    const [first, second] = await Promise.all([placeAgain(operator.user.id, failedId), placeAgain(operator.user.id, failedId)]);
    expect(first.body.order.id).toBe(second.body.order.id);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    const later = await placeAgain(operator.user.id, failedId);
    expect(later).toMatchObject({ status: 200, body: { duplicate: true, order: { id: first.body.order.id } } });

    expect(await testDb.order.count({ where: { organizationId: org.id, idempotencyKey: placeAgainKey(failedId) } })).toBe(1);
    expect(await testDb.orderEvent.count({ where: { orderId: failedId, kind: "retried" } })).toBe(1);
  });

  it("keeps its key out of reach of any form, so no other order can take it first", async () => {
    const failedId = await failedOrder(operator.tenant, reserveIn("OGDEN", "UT", 1));
    const squatter = await submitRoute(
      (await requestAs(operator.user.id, "/api", { method: "POST", json: { ...reserveIn("OGDEN", "UT", 1), idempotencyKey: placeAgainKey(failedId) } })) as never,
      routeParams({ org: org.slug }) as never,
    );
    expect(squatter.status).toBe(422);
    expect((await squatter.json()).error.fieldErrors.idempotencyKey).toBeDefined();
    expect((await placeAgain(operator.user.id, failedId)).status).toBe(201);
  });

  it("checks the kept request as a wizard's order is checked, and records nothing it refuses", async () => {
    // Kept from before today's rules: more than Lumen's 399 numbers a rate center.
    const failed = await testDb.order.create({
      data: {
        organizationId: org.id,
        type: "reserve",
        productId: "2036",
        status: "failed",
        idempotencyKey: idempotencyKey(),
        externalOrderId: `vp-${randomUUID()}`,
        request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 400 }], externalOrderID: "vp-old" },
      },
    });
    const { status, body } = await placeAgain(operator.user.id, failed.id);
    expect(status).toBe(422);
    expect(Object.values(body.error.fieldCodes)).toContain(10007);
    expect(await testDb.order.count({ where: { organizationId: org.id, idempotencyKey: placeAgainKey(failed.id) } })).toBe(0);
  });

  it("refuses an order that reached Lumen, a port whose PIN was not kept, a viewer and a stranger", async () => {
    const { orderId: accepted } = await submitOrder(operator.tenant, reserveIn("PHOENIX", "AZ"), { client: createTestClient(sandbox, { now: () => new Date() }).client });
    expect(await placeAgain(operator.user.id, accepted)).toMatchObject({ status: 409, body: { error: { message: "Only an order that never reached Lumen can be placed again." } } });

    const port = await testDb.order.create({
      data: {
        organizationId: org.id,
        type: "port",
        productId: "2036",
        status: "failed",
        idempotencyKey: idempotencyKey(),
        externalOrderId: `vp-${randomUUID()}`,
        request: { productID: "2036", tnList: ["6125550199"], losingCarrierPin: "[redacted]" },
      },
    });
    expect(await placeAgain(operator.user.id, port.id)).toMatchObject({ status: 409, body: { error: { message: expect.stringMatching(/PIN is not kept/) } } });

    const failedId = await failedOrder(operator.tenant, reserveIn("MINNEAPOLIS", "MN"));
    expect((await placeAgain(viewer.user.id, failedId)).status).toBe(403);
    expect((await placeAgain(reseller.user.id, failedId)).status).toBe(404);
    expect(await testDb.order.count({ where: { organizationId: org.id, idempotencyKey: placeAgainKey(failedId) } })).toBe(0);
  });

  it("lets a reseller place its own failed order again, in its own slice, and not the partner's staff", async () => {
    const failedId = await failedOrder(reseller.tenant, reserveIn("TUCSON", "AZ"));
    expect(await placeAgain(operator.user.id, failedId)).toMatchObject({ status: 409, body: { error: { message: expect.stringMatching(/its own users can place it again/) } } });

    const { status, body } = await placeAgain(reseller.user.id, failedId);
    expect(status).toBe(201);
    expect((await testDb.order.findUniqueOrThrow({ where: { id: body.order.id } })).subAccountId).toBe(subAccountId);
  });
});
