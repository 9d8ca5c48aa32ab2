import { describe, expect, inject, it } from "vitest";
import { GET as listRoute } from "@/app/api/orgs/[org]/orders/route";
import { GET as detailRoute } from "@/app/api/orgs/[org]/orders/[id]/route";
import { requestAs, routeParams, testDb } from "@/test/fixtures";
import { idempotencyKey } from "@/test/order-fixtures";
import { orderRoutesFor } from "@/test/order-routes";
import { INSTALL_FORM_CASES, VALID_ELS_INSTALL, VALID_LI_INSTALL } from "./install-form-cases";
import { planInstall } from "./install-wizard-schema";

// The install wizard's requests through the portal's own API, past the browser: what the
// form refuses the server refuses with the same Lumen code and records nothing; what the
// form sends is what the sandbox installs; more than 399 numbers become one batch of
// requests, each its own order with its own outcome.

const setup = orderRoutesFor("acme");
const { post, refresh, countOrders } = setup;

describe(`install orders from the wizard through POST /api/orgs/[org]/orders (${inject("databaseKind")})`, () => {
  it.each(INSTALL_FORM_CASES)("refuses $name with $code when the browser is bypassed", async ({ values, code }) => {
    const before = await countOrders();
    const [request] = planInstall(values).requests;
    const { status, body } = await post({ type: "install", idempotencyKey: idempotencyKey(), request });
    expect(status).toBe(422);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.values(body.error.fieldCodes)).toContain(code);
    expect(await countOrders()).toBe(before);
  });

  it("refuses 400 numbers in one request with 10007: the wizard never sends more than 399", async () => {
    const [request] = planInstall({ ...VALID_LI_INSTALL, tnText: "3035550000-3035550399" }).requests;
    const { status, body } = await post({ type: "install", idempotencyKey: idempotencyKey(), request: { ...request, tnList: [{ startTN: "3035550000", endTN: "3035550399" }] } });
    expect(status).toBe(422);
    expect(Object.values(body.error.fieldCodes)).toContain(10007);
  });

  it("installs reserved numbers as the form builds the request, and Lumen makes them active", async () => {
    const [request] = planInstall({ ...VALID_ELS_INSTALL, tnText: "3039740003-3039740004" }).requests;
    const { status, body } = await post({ type: "install", idempotencyKey: idempotencyKey(), request });
    expect(status).toBe(201);
    expect(body.order).toMatchObject({ type: "install", productId: "2042", status: "accepted" });

    await setup.sandbox.advance({ minutes: 3 });
    expect((await refresh(body.order.id)).status).toBe("completed");
    const numbers = await testDb.telephoneNumber.findMany({ where: { organizationId: setup.org.id, tn: { in: ["3039740003", "3039740004"] } } });
    expect(numbers.map((n) => n.status)).toEqual(["active", "active"]);
  });

  it("sends 900 numbers as three requests of at most 399, one batch, each with its own outcome", async () => {
    // Numbers Lumen does not have: each request is recorded and refused on its own (20016).
    const { requests } = planInstall({ ...VALID_LI_INSTALL, tnText: "3035550000-3035550899" });
    const batchKey = idempotencyKey();
    const answers = [];
    for (const [index, request] of requests.entries()) {
      answers.push(await post({ type: "install", idempotencyKey: `${batchKey}-${index}`, batchKey, request }));
    }
    expect(answers.map((a) => [a.status, a.body.error.details.lumenCode])).toEqual([
      [422, 20016],
      [422, 20016],
      [422, 20016],
    ]);

    const orders = await testDb.order.findMany({
      where: { organizationId: setup.org.id, batchKey },
      orderBy: { idempotencyKey: "asc" },
      select: { id: true, status: true, lumenCode: true, request: true },
    });
    expect(orders.map((o) => o.id)).toEqual(answers.map((a) => a.body.error.details.orderId));
    expect(orders.map((o) => [o.status, o.lumenCode, (o.request as { tnList: string[] }).tnList.length])).toEqual([
      ["rejected", 20016, 399],
      ["rejected", 20016, 399],
      ["rejected", 20016, 102],
    ]);

    // The orders list shows each request with its own status; each order names the others.
    const list = await listRoute((await requestAs(setup.operator.user.id, "/api?type=install&pageSize=100")) as never, routeParams({ org: setup.org.slug }) as never);
    const listed = ((await list.json()).orders as { id: string; status: string }[]).filter((o) => orders.some((b) => b.id === o.id));
    expect(listed.map((o) => o.status)).toEqual(["rejected", "rejected", "rejected"]);
    const detail = await detailRoute((await requestAs(setup.operator.user.id, "/api")) as never, routeParams({ org: setup.org.slug, id: orders[0]!.id }) as never);
    expect(((await detail.json()).order.batch as { id: string }[]).map((o) => o.id).sort()).toEqual([orders[1]!.id, orders[2]!.id].sort());
  });
});
