import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as submitRoute } from "@/app/api/orgs/[org]/orders/route";
import { POST as refreshRoute } from "@/app/api/orgs/[org]/orders/[id]/refresh/route";
import { ingestNotification } from "@/lib/notifications/ingest-notification";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createTestOrganization, requestAs, routeParams, testDb } from "@/test/fixtures";
import { createSandboxOrganization, idempotencyKey, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";
import { getBackorderState } from "./backorder-state";

// Answering a backorder (10001) through the order engine, against the real sandbox over
// HTTP with its clock stepped: the reservation follows an accepted answer, an answer to a
// reservation known not to wait is refused before it is sent, and Lumen's refusals (20107
// nothing to answer, 1921 too late) are kept with their code and words.

let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let operator: Awaited<ReturnType<typeof tenantFor>>;

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "bluebird");
  operator = await tenantFor(org, "operator");
});
afterAll(() => sandbox.close());

async function post(userId: string, body: unknown, slug = org.slug) {
  const response = await submitRoute((await requestAs(userId, "/api", { method: "POST", json: body })) as never, routeParams({ org: slug }) as never);
  return { status: response.status, body: await response.json() };
}

async function refresh(orderId: string) {
  const response = await refreshRoute((await requestAs(operator.user.id, "/api", { method: "POST" })) as never, routeParams({ org: org.slug, id: orderId }) as never);
  return { status: response.status, body: await response.json() };
}

async function reserve(rateCenter: string, state: string, quantity: number) {
  const placed = await post(operator.user.id, {
    type: "reserve",
    idempotencyKey: idempotencyKey(),
    request: { productID: "2036", rateCenters: [{ rateCenter, state, quantity }] },
  });
  expect(placed.status).toBe(201);
  return placed.body.order as { id: string; voiceOrderId: string };
}

/** Lumen's notifications of an order, taken in as the portal's poll does. */
async function takeInNotifications(voiceOrderId: string) {
  const token = await sandbox.token("bluebird");
  const reply = await sandbox.voice("GET", `/Numbers/notifications?voiceOrderId=${voiceOrderId}`, { token, customer: org.customerNumber });
  const polled = reply.body.notifications as Array<{ customerNumber: string; notificationCode: number; notificationMessage: string; rateCenter?: string; state?: string; createdAt: string }>;
  for (const n of polled) {
    await ingestNotification({
      organizationId: org.id,
      source: "poll",
      rawBody: JSON.stringify(n),
      notification: { ...n, voiceOrderId, lumenCreatedAt: new Date(n.createdAt) },
    });
  }
  return polled;
}

const approval = (orderId: string, decision: string, key = idempotencyKey()) => ({ type: "approval", idempotencyKey: key, orderId, decision });

const stored = (id: string) => testDb.order.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: "asc" } } } });

describe(`backorder answers through POST /api/orgs/[org]/orders (${inject("databaseKind")})`, () => {
  it("Lumen's offer sets the deadline from its own time; an accepted answer puts the reservation to work, once", async () => {
    const order = await reserve("BOULDER", "CO", 30);
    await sandbox.advance({ minutes: 2 });
    const polled = await takeInNotifications(order.voiceOrderId);
    const offer = polled.find((n) => n.notificationCode === 10001)!;

    const waiting = await getBackorderState(operator.tenant, order.id);
    expect(waiting).toMatchObject({ status: "awaiting_approval", asked: 30, available: 25 });
    expect(waiting!.deadline!.getTime()).toBe(Date.parse(offer.createdAt) + 4 * 60 * 60 * 1000);

    const body = approval(order.id, "ACCEPT_AVAILABLE_ONLY");
    const [first, second] = await Promise.all([post(operator.user.id, body), post(operator.user.id, body)]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body.order.id).toBe(second.body.order.id);
    // Sent again later (an answer lost on the way back), when the reservation waits no more:
    // the same answer, not a refusal of it.
    const again = await post(operator.user.id, body);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, order: { id: first.body.order.id } });
    expect(await testDb.order.count({ where: { parentOrderId: order.id, type: "approval" } })).toBe(1);

    const reservation = await stored(order.id);
    expect(reservation.status).toBe("in_progress");
    expect(reservation.statusReason).toBeNull();
    expect(reservation.events).toContainEqual(
      expect.objectContaining({ kind: "status_changed", status: "in_progress", message: "Approval sent: accept available only" }),
    );

    await sandbox.advance({ minutes: 6 });
    expect((await refresh(order.id)).body.order.status).toBe("completed");
    expect(await getBackorderState(operator.tenant, order.id)).toMatchObject({ status: "completed", asked: 30, reserved: 25 });
  });

  it("an answer for a reservation the portal knows is not waiting is refused before anything is recorded or sent (20107)", async () => {
    const done = await testDb.order.findFirstOrThrow({ where: { organizationId: org.id, type: "reserve", status: "completed" } });
    const answers = () => testDb.order.count({ where: { parentOrderId: done.id, type: "approval" } });
    const before = await answers();
    const { status, body } = await post(operator.user.id, approval(done.id, "REJECT"));
    expect(status).toBe(409);
    expect(body.error).toMatchObject({
      code: "CONFLICT",
      message: "Lumen is not waiting for an answer to a backorder on this reservation.",
      details: { lumenCode: 20107 },
    });
    expect(await answers()).toBe(before);
    expect((await stored(done.id)).status).toBe("completed");
  });

  it("an answer Lumen refuses with 20107, where the portal's copy was behind, is kept with its code and words", async () => {
    // Completed at Lumen; its completion not heard yet here, the portal still shows it waiting.
    const done = await testDb.order.findFirstOrThrow({ where: { organizationId: org.id, type: "reserve", status: "completed" } });
    await testDb.order.update({ where: { id: done.id }, data: { status: "awaiting_approval" } });
    const { status, body } = await post(operator.user.id, approval(done.id, "REJECT"));
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: "LUMEN_REJECTED", details: { lumenCode: 20107 } });
    expect(await stored(body.error.details.orderId)).toMatchObject({ type: "approval", parentOrderId: done.id, status: "rejected", lumenCode: 20107 });

    const state = await getBackorderState(operator.tenant, done.id);
    expect(state!.outcomes).toContainEqual(
      expect.objectContaining({ code: 20107, summary: "There is no backorder waiting for a decision on this order.", lumenMessage: body.error.message }),
    );
    expect((await refresh(done.id)).body.order.status).toBe("completed");
  });

  it("an answer after the four hours is refused with 1921; the reservation ends cancelled with 10013", async () => {
    const order = await reserve("SPOKANE", "WA", 10);
    await sandbox.advance({ minutes: 2 });
    expect((await refresh(order.id)).body.order.status).toBe("awaiting_approval");
    expect(await getBackorderState(operator.tenant, order.id)).toMatchObject({ asked: 10, available: 5 });

    await sandbox.advance({ hours: 4, minutes: 1 });
    const { status, body } = await post(operator.user.id, approval(order.id, "ACCEPT_WITH_BACKORDER"));
    expect(status).toBe(422);
    expect(body.error.details.lumenCode).toBe(1921);
    expect((await stored(order.id)).status).toBe("awaiting_approval");

    expect((await refresh(order.id)).body.order.status).toBe("cancelled");
    const state = await getBackorderState(operator.tenant, order.id);
    expect(state!.outcomes.map((o) => [o.code, o.summary])).toEqual(
      expect.arrayContaining([
        [1921, "The decision came after the four hours Lumen waits; place a new reservation."],
        [10013, "Nobody decided within four hours, so Lumen cancelled the backorder."],
      ]),
    );
  });

  it("a viewer may not answer (403); another organization's member finds no such order (404)", async () => {
    const order = await testDb.order.findFirstOrThrow({ where: { organizationId: org.id, type: "reserve" } });
    const viewer = await tenantFor(org, "viewer");
    expect((await post(viewer.user.id, approval(order.id, "REJECT"))).status).toBe(403);
    const other = await createTestOrganization("other");
    const stranger = await tenantFor(other, "operator");
    expect((await post(stranger.user.id, approval(order.id, "REJECT"), other.slug)).status).toBe(404);
    expect(await getBackorderState(stranger.tenant, order.id)).toBeNull();
  });
});
