import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as listRoute, POST as submitRoute } from "@/app/api/orgs/[org]/orders/route";
import { POST as refreshRoute } from "@/app/api/orgs/[org]/orders/[id]/refresh/route";
import { GET as detailRoute } from "@/app/api/orgs/[org]/orders/[id]/route";
import { createTestClient } from "@/lib/lumen/client/client-test-kit";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { requestAs, routeParams, testDb } from "@/test/fixtures";
import { businessDaysAhead, createSandboxOrganization, idempotencyKey, portRequest, residentialLine, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";
import { ingestNotification } from "@/lib/notifications/ingest-notification";
import { getNumberTimeline } from "@/lib/numbers/number-timeline";
import { refreshOrder } from "./refresh-order";
import { submitOrder } from "./submit-order";

// The order engine against the real sandbox over HTTP: every order type through the route
// handler, write-first with idempotency, reconciliation after lost answers, and the faults
// a partner will meet. Runs on PGlite and on PostgreSQL.

let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let operator: Awaited<ReturnType<typeof tenantFor>>;

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "acme");
  operator = await tenantFor(org, "operator");
});
afterAll(() => sandbox.close());

async function post(userId: string, body: unknown) {
  const response = await submitRoute((await requestAs(userId, "/api", { method: "POST", json: body })) as never, routeParams({ org: org.slug }) as never);
  return { status: response.status, body: await response.json() };
}

async function refresh(orderId: string) {
  const response = await refreshRoute((await requestAs(operator.user.id, "/api", { method: "POST" })) as never, routeParams({ org: org.slug, id: orderId }) as never);
  return { status: response.status, body: await response.json() };
}

const stored = (id: string) =>
  testDb.order.findUniqueOrThrow({
    where: { id },
    include: { events: { orderBy: { createdAt: "asc" } }, numbers: { include: { telephoneNumber: true } } },
  });

describe(`every order type through POST /api/orgs/[org]/orders (${inject("databaseKind")})`, () => {
  let portOrderId: string;

  it("reserves numbers, records the order before and after Lumen, and mirrors them on completion", async () => {
    const { status, body } = await post(operator.user.id, {
      type: "reserve",
      idempotencyKey: idempotencyKey(),
      request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 5 }] },
    });
    expect(status).toBe(201);
    expect(body.order).toMatchObject({ type: "reserve", status: "accepted", productId: "2036" });
    const order = await stored(body.order.id);
    expect(order.events.map((e) => e.kind)).toEqual(["submitted", "accepted"]);
    expect(order.request).toMatchObject({ externalOrderID: order.externalOrderId });
    expect(order.submittedById).toBe(operator.user.id);

    await sandbox.advance({ minutes: 6 });
    expect((await refresh(order.id)).body.order.status).toBe("completed");
    const numbers = await testDb.telephoneNumber.findMany({ where: { organizationId: org.id, rateCenter: "OMAHA" } });
    expect(numbers).toHaveLength(5);
    expect(numbers.every((n) => n.status === "reserved" && n.state === "NE")).toBe(true);
  });

  it("tracks orders placed together under one batch key", async () => {
    const batchKey = idempotencyKey();
    const placed = [];
    for (const [index, rateCenter] of ["MINNEAPOLIS", "OMAHA"].entries()) {
      const state = rateCenter === "OMAHA" ? "NE" : "MN";
      placed.push(
        await post(operator.user.id, {
          type: "reserve",
          idempotencyKey: `${batchKey}-${index}`,
          batchKey,
          request: { productID: "2036", rateCenters: [{ rateCenter, state, quantity: 1 }] },
        }),
      );
    }
    expect(placed.map((p) => p.status)).toEqual([201, 201]);
    const response = await detailRoute((await requestAs(operator.user.id, "/api")) as never, routeParams({ org: org.slug, id: placed[0]!.body.order.id }) as never);
    const { order } = await response.json();
    expect(order.batch.map((o: { id: string }) => o.id)).toEqual([placed[1]!.body.order.id]);
  });

  it("installs reserved numbers and marks them active once Lumen completes", async () => {
    const { status, body } = await post(operator.user.id, {
      type: "install",
      idempotencyKey: idempotencyKey(),
      request: { orderType: "NEW", productID: "2036", tnList: ["3039740001", "+13039740002"], subscriberLines: [residentialLine] },
    });
    expect(status).toBe(201);
    const order = await stored(body.order.id);
    expect(order.numbers.map((n) => [n.telephoneNumber.tn, n.telephoneNumber.status]).sort()).toEqual([
      ["3039740001", "pending"],
      ["3039740002", "pending"],
    ]);
    await sandbox.advance({ minutes: 3 });
    await refresh(order.id);
    const after = await stored(order.id);
    expect(after.status).toBe("completed");
    expect(after.numbers.every((n) => n.telephoneNumber.status === "active")).toBe(true);
  });

  it("ports a number in, supplements it, and redacts the losing carrier's PIN", async () => {
    const { status, body } = await post(operator.user.id, {
      type: "port",
      idempotencyKey: idempotencyKey(),
      request: portRequest("7205550142"),
    });
    expect(status).toBe(201);
    portOrderId = body.order.id;
    const order = await stored(portOrderId);
    expect(JSON.stringify(order.request)).not.toContain("9876");
    expect(order.request).toMatchObject({ losingCarrierPin: "[redacted]" });

    const supplement = await post(operator.user.id, {
      type: "supplement",
      idempotencyKey: idempotencyKey(),
      orderId: portOrderId,
      request: { customerRequestDate: businessDaysAhead(7) },
    });
    expect(supplement.status).toBe(201);
    expect((await stored(supplement.body.order.id)).parentOrderId).toBe(portOrderId);
  });

  it("cancels an in-flight port through its parent order", async () => {
    const cancel = await post(operator.user.id, { type: "cancel", idempotencyKey: idempotencyKey(), orderId: portOrderId });
    expect(cancel.status).toBe(201);
    expect((await stored(cancel.body.order.id)).request).toMatchObject({ voiceOrderId: (await stored(portOrderId)).voiceOrderId });
  });

  it("changes and disconnects active numbers", async () => {
    const change = await post(operator.user.id, {
      type: "change",
      idempotencyKey: idempotencyKey(),
      request: { productID: "2036", tnList: ["3039740101"], cnam: { customerName: "MILE HIGH", blockCustomerName: "N" } },
    });
    expect(change.status).toBe(201);
    const disconnect = await post(operator.user.id, {
      type: "disconnect",
      idempotencyKey: idempotencyKey(),
      request: { tnList: ["3039740102"], customerRequestDate: businessDaysAhead(2) },
    });
    expect(disconnect.status).toBe(201);
    const tn = await testDb.telephoneNumber.findUniqueOrThrow({ where: { organizationId_tn: { organizationId: org.id, tn: "3039740102" } } });
    expect(tn.status).toBe("pending");
  });

  it("keeps a number the portal knows on its product when a change names another", async () => {
    await testDb.telephoneNumber.create({ data: { organizationId: org.id, tn: "3039740103", status: "active", productId: "2042" } });
    const change = (tn: string) =>
      post(operator.user.id, { type: "change", idempotencyKey: idempotencyKey(), request: { productID: "2036", tnList: [tn], cnam: { customerName: "WRONG PRODUCT", blockCustomerName: "N" } } });
    expect((await change("3039740103")).status).toBe(201);
    expect((await change("3039740104")).status).toBe(201);
    const mirrored = await testDb.telephoneNumber.findMany({ where: { organizationId: org.id, tn: { in: ["3039740103", "3039740104"] } }, orderBy: { tn: "asc" } });
    // Lumen does not hold a change's product against its numbers: the one the portal knew
    // stays on ELS; of one it did not know, the change's product is all it has.
    expect(mirrored.map((n) => [n.tn, n.productId])).toEqual([["3039740103", "2042"], ["3039740104", "2036"]]);
  });

  it("answers a backorder with customerApproval", async () => {
    const reserve = await post(operator.user.id, {
      type: "reserve",
      idempotencyKey: idempotencyKey(),
      request: { productID: "2036", rateCenters: [{ rateCenter: "BOULDER", state: "CO", quantity: 40 }] },
    });
    expect(reserve.status).toBe(201);
    await sandbox.advance({ minutes: 2 });
    // Lumen's 10001 (the rate center has 25 of the 40): the order now waits for the partner.
    expect((await refresh(reserve.body.order.id)).body.order.status).toBe("awaiting_approval");
    const approval = await post(operator.user.id, { type: "approval", idempotencyKey: idempotencyKey(), orderId: reserve.body.order.id, decision: "ACCEPT_AVAILABLE_ONLY" });
    expect(approval.status).toBe(201);
    expect((await stored(approval.body.order.id)).type).toBe("approval");
    await sandbox.advance({ minutes: 6 });
    expect((await refresh(reserve.body.order.id)).body.order.status).toBe("completed");
    const reserved = await testDb.telephoneNumber.count({ where: { organizationId: org.id, rateCenter: "BOULDER", status: "reserved" } });
    expect(reserved).toBe(25);
  });

  it("stores Lumen's refusal with its code and answers 422 with the code and Lumen's words", async () => {
    const { status, body } = await post(operator.user.id, {
      type: "install",
      idempotencyKey: idempotencyKey(),
      request: { orderType: "NEW", productID: "2036", tnList: ["3039740003"], subscriberLines: [residentialLine], customerServiceName: "ACME-LEGACY" },
    });
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: "LUMEN_REJECTED", details: { lumenCode: 20032 } });
    const order = await stored(body.error.details.orderId);
    expect(order).toMatchObject({ status: "rejected", lumenCode: 20032 });
    expect(order.events.map((e) => e.kind)).toEqual(["submitted", "rejected"]);
    // The number it asked for stays as it was, unlinked, and the order still names it: the
    // orders list counts it and finds the order by it, and the number's timeline shows it.
    expect(order.requestedTns).toEqual(["3039740003"]);
    expect(await testDb.orderTelephoneNumber.count({ where: { orderId: order.id } })).toBe(0);
    const listed = await listRoute((await requestAs(operator.user.id, "/api?q=(303) 974-0003&status=rejected")) as never, routeParams({ org: org.slug }) as never);
    const found = (await listed.json()).orders.find((row: { id: string }) => row.id === order.id);
    expect(found?._count.numbers).toBe(1);
    // Found by the portal's own id too, as its page's address shows it, in either case.
    const byId = await listRoute((await requestAs(operator.user.id, `/api?q=${order.id.toUpperCase()}`)) as never, routeParams({ org: org.slug }) as never);
    expect((await byId.json()).orders.map((row: { id: string }) => row.id)).toEqual([order.id]);
    const timeline = await getNumberTimeline(operator.tenant, "3039740003");
    expect(timeline.filter((entry) => entry.order.id === order.id).map((entry) => entry.kind)).toEqual(["rejected", "submitted"]);
  });

  it("refuses bad input with Lumen's code before anything is recorded or sent", async () => {
    const before = await testDb.order.count({ where: { organizationId: org.id } });
    const { status, body } = await post(operator.user.id, {
      type: "reserve",
      idempotencyKey: idempotencyKey(),
      request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 0 }] },
    });
    expect(status).toBe(422);
    expect(Object.values(body.error.fieldCodes)).toContain(10011);
    expect(await testDb.order.count({ where: { organizationId: org.id } })).toBe(before);
  });

  it("lists orders with server-side filters and search", async () => {
    const list = async (query: string) => {
      const response = await listRoute((await requestAs(operator.user.id, `/api?${query}`)) as never, routeParams({ org: org.slug }) as never);
      return response.json();
    };
    const installs = await list("type=install");
    expect(installs.orders.length).toBeGreaterThan(0);
    expect(installs.orders.every((o: { type: string }) => o.type === "install")).toBe(true);
    const byNumber = await list("q=(303) 974-0001");
    expect(byNumber.orders.map((o: { type: string }) => o.type)).toContain("install");
    // Lumen's voice order id and the portal's external id, typed in either case.
    const known = await testDb.order.findFirstOrThrow({ where: { organizationId: org.id, type: "reserve", voiceOrderId: { not: null } }, orderBy: { createdAt: "asc" } });
    for (const q of [known.voiceOrderId!, known.voiceOrderId!.toLowerCase(), known.externalOrderId, known.externalOrderId.toUpperCase()]) {
      expect((await list(`q=${encodeURIComponent(q)}`)).orders.map((o: { id: string }) => o.id)).toEqual([known.id]);
    }
    const paged = await list("pageSize=2&page=1");
    expect(paged).toMatchObject({ pageSize: 2, page: 1 });
    expect(paged.orders).toHaveLength(2);
    expect(paged.total).toBeGreaterThan(2);

    // An order awaiting approval stands above every page and on none of them.
    const waiting = await testDb.order.findFirstOrThrow({ where: { organizationId: org.id, type: "install" } });
    await testDb.order.update({ where: { id: waiting.id }, data: { status: "awaiting_approval" } });
    const pages = await Promise.all(Array.from({ length: paged.pageCount }, (_, i) => list(`pageSize=2&page=${i + 1}`)));
    expect(pages.every((p) => p.waiting.map((o: { id: string }) => o.id).includes(waiting.id))).toBe(true);
    expect(pages.flatMap((p) => p.orders.map((o: { id: string }) => o.id))).not.toContain(waiting.id);
    expect((await list("to=2026-02-31")).error.code).toBe("VALIDATION_FAILED");
    // Text that is no date at all, and a month that does not exist, are refused the same way, not answered with a 500.
    for (const day of ["garbage", "2026-13-45"]) {
      const refused = await list(`from=${day}`);
      expect(refused.error.code).toBe("VALIDATION_FAILED");
      expect(refused.error.fieldErrors.from).toContain("There is no such day.");
    }
    expect((await list("from=2026-03-02&to=2026-03-01")).error.fieldErrors.to).toBeDefined();
    await testDb.order.update({ where: { id: waiting.id }, data: { status: waiting.status } });
  });
});

describe("who may order", () => {
  it("refuses a viewer with 403 and another organization's member with 404", async () => {
    const viewer = await tenantFor(org, "viewer");
    const body = { type: "reserve", idempotencyKey: idempotencyKey(), request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 1 }] } };
    expect((await post(viewer.user.id, body)).status).toBe(403);
    const stranger = await tenantFor(await testDb.organization.create({ data: { slug: `other-${Date.now()}`, name: "Other", customerNumber: `8-OTH-${Date.now()}`, lumenBaseUrl: sandbox.url } }), "owner");
    expect((await post(stranger.user.id, body)).status).toBe(404);

    // The body is checked while the membership is, but only a caller who may order hears about it.
    const malformed = { ...body, request: { productID: "9999", rateCenters: [] } };
    expect((await post(viewer.user.id, malformed)).status).toBe(403);
    expect((await post(stranger.user.id, malformed)).status).toBe(404);
    expect((await post(operator.user.id, malformed)).status).toBe(422);
  });

  it("keeps a reseller to its own customer service names and numbers", async () => {
    const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: `Reseller ${Date.now()}`, customerServiceNames: ["ACME-BACKUP"] } });
    const reseller = await tenantFor(org, "operator", sub.id);
    await testDb.telephoneNumber.upsert({
      where: { organizationId_tn: { organizationId: org.id, tn: "3039740005" } },
      create: { organizationId: org.id, tn: "3039740005", status: "reserved", subAccountId: sub.id },
      update: { subAccountId: sub.id },
    });
    const install = (tn: string, customerServiceName: string) => ({
      type: "install",
      idempotencyKey: idempotencyKey(),
      request: { orderType: "NEW", productID: "2036", tnList: [tn], subscriberLines: [residentialLine], customerServiceName },
    });
    const otherName = await post(reseller.user.id, install("3039740005", "ACME-MAIN"));
    expect(otherName.status).toBe(403);
    expect(otherName.body.error.message).toContain("ACME-BACKUP");
    expect((await post(reseller.user.id, install("3039740006", "ACME-BACKUP"))).status).toBe(404);
    const own = await post(reseller.user.id, install("3039740005", "ACME-BACKUP"));
    expect(own.status).toBe(201);
    expect((await stored(own.body.order.id)).subAccountId).toBe(sub.id);

    // Staff narrow the orders list to the reseller's orders, or to the organization's own.
    const list = async (query: string) => {
      const response = await listRoute((await requestAs(operator.user.id, `/api?${query}`)) as never, routeParams({ org: org.slug }) as never);
      return (await response.json()).orders as Array<{ id: string; subAccount: { id: string } | null }>;
    };
    expect((await list(`subAccount=${sub.id}`)).map((o) => o.id)).toEqual([own.body.order.id]);
    const ownOrders = await list("subAccount=none&pageSize=100");
    expect(ownOrders.length).toBeGreaterThan(0);
    expect(ownOrders.every((o) => o.subAccount === null)).toBe(true);
  });
});

describe("write first, then call: nothing sent twice, nothing lost", () => {
  const reserveIn = (rateCenter: string, state: string) => ({
    type: "reserve" as const,
    idempotencyKey: idempotencyKey(),
    request: { productID: "2036" as const, rateCenters: [{ rateCenter, state, quantity: 2 }] },
  });

  it("a double submit with one idempotency key makes one order and one upstream call", async () => {
    const { client, wire } = createTestClient(sandbox, { now: () => new Date() });
    const body = reserveIn("MINNEAPOLIS", "MN");
    const [first, second] = await Promise.all([
      submitOrder(operator.tenant, body, { client }),
      submitOrder(operator.tenant, body, { client }),
    ]);
    expect(first.orderId).toBe(second.orderId);
    expect([first.duplicate, second.duplicate].sort()).toEqual([false, true]);
    expect(wire.count("POST", "/Numbers/orderInventory")).toBe(1);
    expect(await testDb.order.count({ where: { idempotencyKey: body.idempotencyKey } })).toBe(1);
    const again = await submitOrder(operator.tenant, body, { client });
    expect(again).toEqual({ orderId: first.orderId, duplicate: true, order: null });
    expect(wire.count("POST", "/Numbers/orderInventory")).toBe(1);
    // One order, one first timeline entry, one audit entry: the duplicates wrote nothing.
    expect(await testDb.orderEvent.count({ where: { orderId: first.orderId, kind: "submitted" } })).toBe(1);
    expect(await testDb.auditLog.count({ where: { targetId: first.orderId, action: "order.submit_reserve" } })).toBe(1);
  });

  it("a notification that comes before Lumen's answer is recorded applies with the answer, and the answer shows it", async () => {
    const { client } = createTestClient(sandbox, { now: () => new Date() });
    // Lumen finishes the change and notifies before the portal has written down its answer.
    const notifyingFirst = {
      ...client,
      changeOrder: async (...args: Parameters<typeof client.changeOrder>) => {
        const answer = await client.changeOrder(...args);
        const early = { customerNumber: org.customerNumber, voiceOrderId: answer.voiceOrderId, notificationCode: 902, notificationMessage: "Order complete" };
        await ingestNotification({ organizationId: org.id, source: "webhook", rawBody: JSON.stringify(early), notification: early });
        return answer;
      },
    };
    const change = { type: "change" as const, idempotencyKey: idempotencyKey(), request: { productID: "2036" as const, tnList: ["3039740114"], cnam: { customerName: "EARLY", blockCustomerName: "N" as const } } };
    const placed = await submitOrder(operator.tenant, change, { client: notifyingFirst });
    // The answer recorded is not the whole story any more: the caller reads the order again.
    expect(placed.order).toBeNull();
    const order = await stored(placed.orderId);
    expect(order.status).toBe("completed");
    expect(order.events.map((e) => e.kind)).toEqual(["submitted", "accepted", "notification"]);
    const notification = await testDb.notification.findFirstOrThrow({ where: { organizationId: org.id, voiceOrderId: order.voiceOrderId } });
    expect(notification).toMatchObject({ outcome: "applied", orderId: order.id });
  });

  it("answers with the order as Lumen's answer left it, without reading it again", async () => {
    const { client } = createTestClient(sandbox, { now: () => new Date() });
    const change = { type: "change" as const, idempotencyKey: idempotencyKey(), request: { productID: "2036" as const, tnList: ["3039740115"], cnam: { customerName: "PLAIN", blockCustomerName: "N" as const } } };
    const placed = await submitOrder(operator.tenant, change, { client });
    const row = await testDb.order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(placed.order).toEqual({
      id: row.id,
      type: "change",
      productId: "2036",
      status: row.status,
      statusReason: null,
      externalOrderId: row.externalOrderId,
      voiceOrderId: row.voiceOrderId,
      lumenCode: null,
      lumenMessage: null,
      createdAt: row.createdAt,
    });
    expect(row.voiceOrderId).toMatch(/^VO\d{8}$/);
  });

  it("503 on the POST: asks Lumen, learns the order never arrived, sends it again once", async () => {
    const { client, wire } = createTestClient(sandbox, { now: () => new Date() });
    await sandbox.admin("POST", "/faults", { kind: "status", pattern: "*/Numbers/orderInventory", status: 503, method: "POST", count: 1 });
    const { orderId } = await submitOrder(operator.tenant, reserveIn("SEATTLE", "WA"), { client, retryDelayMs: 1 });
    const order = await stored(orderId);
    expect(order.status).toBe("accepted");
    expect(order.events.map((e) => e.kind)).toEqual(["submitted", "retried", "accepted"]);
    expect(wire.count("POST", "/Numbers/orderInventory")).toBe(2);
    expect(wire.count("GET", "/Numbers/orderStatus")).toBe(1);
  });

  it("504 after Lumen processed the POST: reconciled by externalOrderID, not resent", async () => {
    const { client, wire } = createTestClient(sandbox, { now: () => new Date() });
    await sandbox.admin("POST", "/faults", { kind: "status-after-processing", pattern: "*/Numbers/orderInventory", status: 504, method: "POST", count: 1 });
    const { orderId } = await submitOrder(operator.tenant, reserveIn("PHOENIX", "AZ"), { client, retryDelayMs: 1 });
    const order = await stored(orderId);
    expect(order.status).toBe("accepted");
    expect(order.voiceOrderId).toBeTruthy();
    expect(order.events.map((e) => e.kind)).toEqual(["submitted", "reconciled"]);
    expect(wire.count("POST", "/Numbers/orderInventory")).toBe(1);
  });

  it("a token that expires mid-batch is refreshed once and every order goes through", async () => {
    const { client, wire } = createTestClient(sandbox, { now: () => new Date() });
    await client.fetchToken();
    await sandbox.admin("POST", "/tokens/expire", {});
    const batch = ["3039740110", "3039740111", "3039740112", "3039740113"].map((tn) => ({
      type: "change" as const,
      idempotencyKey: idempotencyKey(),
      request: { productID: "2036" as const, tnList: [tn], cnam: { customerName: "BATCH", blockCustomerName: "N" as const } },
    }));
    const results = await Promise.all(batch.map((body) => submitOrder(operator.tenant, body, { client })));
    const orders = await Promise.all(results.map((r) => stored(r.orderId)));
    expect(orders.map((o) => o.status)).toEqual(["accepted", "accepted", "accepted", "accepted"]);
    expect(wire.count("POST", "/oauth/token")).toBe(2);
  });

  it("Lumen down: the order is kept as failed with the reason, and nothing else happens", async () => {
    const down = await createTestClient(sandbox, { baseUrl: "http://127.0.0.1:9", now: () => new Date() });
    const { orderId } = await submitOrder(operator.tenant, reserveIn("OMAHA", "NE"), { client: down.client });
    const order = await stored(orderId);
    expect(order.status).toBe("failed");
    expect(order.statusReason).toMatch(/could not be reached/);
    expect(order.events.map((e) => e.kind)).toEqual(["submitted", "failed"]);
  });

  it("an order left unconfirmed is reconciled by a later refresh", async () => {
    const { client } = createTestClient(sandbox, { now: () => new Date() });
    const body = reserveIn("SEATTLE", "WA");
    // As if the process had died after the request left: the row says submitting.
    const { orderId } = await submitOrder(operator.tenant, body, { client });
    await testDb.order.update({ where: { id: orderId }, data: { status: "unconfirmed", voiceOrderId: null } });
    await refreshOrder(operator.tenant, orderId, { client });
    const order = await stored(orderId);
    expect(order.status).toBe("accepted");
    expect(order.voiceOrderId).toBeTruthy();
    expect(order.events.at(-1)?.kind).toBe("reconciled");
  });
});
