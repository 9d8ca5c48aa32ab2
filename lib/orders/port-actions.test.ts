import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { POST as submitRoute } from "@/app/api/orgs/[org]/orders/route";
import { AppError } from "@/lib/errors/app-error";
import { addBusinessDays } from "@/lib/lumen/business-days";
import { createTestClient } from "@/lib/lumen/client/client-test-kit";
import { lumenErrorBody } from "@/lib/lumen/schemas/error-body";
import { pollOrganizationNotifications } from "@/lib/notifications/poll-notifications";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createTestOrganization, requestAs, routeParams, testDb } from "@/test/fixtures";
import { createSandboxOrganization, idempotencyKey, residentialLine, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";
import { getOrderOrThrow } from "./get-order-or-throw";
import { orderActionsFor } from "./order-actions-guard";
import { submitOrder } from "./submit-order";
import { currentPortFacts } from "./supplement-versions";

// What may be done to a port, end to end against the sandbox over HTTP and the database:
// the FOC date arrives with 903, a supplement moves it (904), a cancel in time cancels, a
// cancel inside the FOC window is refused by the portal before Lumen is called (and by
// Lumen too when the portal's check is bypassed), and port-now completes a port at once.

let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let operator: Awaited<ReturnType<typeof tenantFor>>;
let viewer: Awaited<ReturnType<typeof tenantFor>>;
let stranger: Awaited<ReturnType<typeof tenantFor>>;
let strangerSlug: string;

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "acme");
  operator = await tenantFor(org, "operator");
  viewer = await tenantFor(org, "viewer");
  const other = await createTestOrganization("elsewhere");
  strangerSlug = other.slug;
  stranger = await tenantFor(other, "owner");
});
afterAll(() => sandbox.close());
afterEach(() => vi.useRealTimers());

async function post(userId: string, body: unknown, slug = org.slug) {
  const response = await submitRoute((await requestAs(userId, "/api", { method: "POST", json: body })) as never, routeParams({ org: slug }) as never);
  return { status: response.status, body: await response.json() };
}

/** Noon UTC `days` business days from today: a port date whose FOC window is easy to stand in. */
function businessNoon(days: number): string {
  return `${addBusinessDays(new Date(), days).toISOString().slice(0, 10)}T12:00:00Z`;
}

async function placePort(tn: string, date: string) {
  const { status, body } = await post(operator.user.id, {
    type: "port",
    idempotencyKey: idempotencyKey(),
    request: {
      orderType: "LNP",
      productID: "2036",
      tnList: [tn],
      subscriberLines: [residentialLine],
      customerRequestDate: date,
      billingTelephoneNumber: tn,
      loaName: "Ada Byron",
      loaReceived: "Y",
      loaDateTime: `${new Date(Date.now() - 86_400_000).toISOString().slice(0, 19)}Z`,
      losingCarrierWirelessLnp: "N",
    },
  });
  expect(status).toBe(201);
  return body.order as { id: string; voiceOrderId: string };
}

const stored = (id: string) => testDb.order.findUniqueOrThrow({ where: { id }, include: { childOrders: { orderBy: { createdAt: "asc" } } } });
const actionsOf = async (id: string, tenant = operator.tenant) => orderActionsFor(tenant, await getOrderOrThrow(tenant, id));

describe(`cancel, supplement and port now on a port (${inject("databaseKind")})`, () => {
  let supplemented: { id: string; voiceOrderId: string };
  let cancelledInTime: { id: string; voiceOrderId: string };
  let portedNow: { id: string; voiceOrderId: string };

  it("a port waits for its FOC date before port now; 903 brings it and opens port now", async () => {
    supplemented = await placePort("7205558801", businessNoon(4));
    cancelledInTime = await placePort("7205558802", businessNoon(4));
    portedNow = await placePort("7205558803", businessNoon(4));

    expect((await actionsOf(portedNow.id)).port_now).toMatchObject({ available: false, lumenCode: 1612 });
    const early = await post(operator.user.id, { type: "port_now", idempotencyKey: idempotencyKey(), orderId: portedNow.id });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: "CONFLICT", details: { lumenCode: 1612 } });

    await sandbox.advance({ minutes: 15 });
    await pollOrganizationNotifications(org.id);
    for (const port of [supplemented, cancelledInTime, portedNow]) {
      const order = await stored(port.id);
      expect(order.status).toBe("in_progress");
      expect(order.focDate?.toISOString()).toBe(new Date(businessNoon(4)).toISOString());
    }
    expect(await actionsOf(portedNow.id)).toMatchObject({ port_now: { available: true }, cancel: { available: true }, supplement: { available: true } });
  });

  it("a supplement moves the FOC date (904) and becomes the port's second version", async () => {
    const { status, body } = await post(operator.user.id, {
      type: "supplement",
      idempotencyKey: idempotencyKey(),
      orderId: supplemented.id,
      request: { customerRequestDate: businessNoon(6) },
    });
    expect(status).toBe(201);
    await pollOrganizationNotifications(org.id);
    const port = await stored(supplemented.id);
    expect(port.focDate?.toISOString()).toBe(new Date(businessNoon(6)).toISOString());
    expect(port.childOrders).toEqual([expect.objectContaining({ id: body.order.id, type: "supplement", status: "completed", lumenCode: 904 })]);
    expect(currentPortFacts(port, port.childOrders)).toMatchObject({ customerRequestDate: businessNoon(6), lastName: "Byron" });
  });

  it("a port cancelled in time is cancelled at Lumen, the cancel shown as an order acting on it; a second cancel is refused (20108)", async () => {
    const cancel = await post(operator.user.id, { type: "cancel", idempotencyKey: idempotencyKey(), orderId: cancelledInTime.id });
    expect(cancel.status).toBe(201);
    expect(cancel.body.order.status).toBe("completed");
    // Placing the cancel asked Lumen where the port stands: cancelled, before any
    // notification, and without a "Check with Lumen" in the audit trail nobody asked for.
    const port = await stored(cancelledInTime.id);
    expect(port.status).toBe("cancelled");
    // Its numbers never came in: not "disconnected", which would count them as held once.
    const numbers = await testDb.telephoneNumber.findMany({ where: { orders: { some: { orderId: cancelledInTime.id } } }, select: { status: true } });
    expect(numbers.map((n) => n.status)).toEqual(["not_ported"]);
    const audited = await testDb.auditLog.findMany({ where: { organizationId: org.id, targetId: { in: [cancelledInTime.id, cancel.body.order.id] } }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audited.map((entry) => entry.action)).toEqual(["order.submit_port", "order.submit_cancel"]);
    expect(port.childOrders.map((child) => [child.type, child.status])).toEqual([["cancel", "completed"]]);

    const again = await post(operator.user.id, { type: "cancel", idempotencyKey: idempotencyKey(), orderId: cancelledInTime.id });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "CONFLICT", message: "This order is already cancelled.", details: { lumenCode: 20108 } });
  });

  it("port now, placed through submitOrder, completes a port with its FOC date at once (10002)", async () => {
    const placed = await submitOrder(operator.tenant, { type: "port_now", idempotencyKey: idempotencyKey(), orderId: portedNow.id });
    expect(await stored(placed.orderId)).toMatchObject({ type: "port_now", parentOrderId: portedNow.id, status: "completed", request: { voiceOrderId: portedNow.voiceOrderId } });
    await pollOrganizationNotifications(org.id);
    const port = await stored(portedNow.id);
    expect(port).toMatchObject({ status: "completed", lumenCode: 10002 });
    expect((await actionsOf(portedNow.id)).cancel).toMatchObject({ available: false, lumenCode: 20238 });
  });

  it("a viewer is forbidden to act on a port; another organization does not find it", async () => {
    const cancel = { type: "cancel", idempotencyKey: idempotencyKey(), orderId: supplemented.id };
    expect((await post(viewer.user.id, cancel)).status).toBe(403);
    expect((await actionsOf(supplemented.id, viewer.tenant)).cancel).toMatchObject({ available: false, reason: expect.stringMatching(/^Viewers cannot act on orders/) });
    const foreign = await post(stranger.user.id, cancel, strangerSlug);
    expect(foreign.status).toBe(404);
    expect((await stored(supplemented.id)).childOrders.filter((child) => child.type === "cancel")).toEqual([]);
  });

  it("inside the FOC window the portal refuses a cancel with 20066 before calling Lumen, and Lumen refuses it too", async () => {
    // Morning of the FOC day, both at Lumen and at the portal.
    const insideWindow = `${businessNoon(6).slice(0, 10)}T06:00:00Z`;
    expect((await sandbox.admin("POST", "/clock/set", { time: insideWindow })).status).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(insideWindow));

    const { client, wire } = createTestClient(sandbox, { now: () => new Date() });
    const refused = submitOrder(operator.tenant, { type: "cancel", idempotencyKey: idempotencyKey(), orderId: supplemented.id }, { client });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: "CONFLICT", details: { lumenCode: 20066 }, message: expect.stringMatching(/^FOC is on \w{3} \d{1,2} \w{3}: cancels close one business day before \(20066\)/) });
    expect(wire.sent).toEqual([]);
    const viaRoute = await post(operator.user.id, { type: "cancel", idempotencyKey: idempotencyKey(), orderId: supplemented.id });
    expect(viaRoute.status).toBe(409);
    expect(viaRoute.body.error.details.lumenCode).toBe(20066);
    expect((await stored(supplemented.id)).childOrders.map((child) => child.type)).toEqual(["supplement"]);
    vi.useRealTimers();

    const token = await sandbox.token("acme");
    const bypassed = await sandbox.voice("POST", "/Numbers/order/cancel", { token, customer: org.customerNumber, body: { voiceOrderId: supplemented.voiceOrderId } });
    expect(bypassed.body).toEqual(lumenErrorBody(20066));
  });
});
