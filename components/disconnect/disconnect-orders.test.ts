import { describe, expect, inject, it } from "vitest";
import { POST as summaryRoute } from "@/app/api/orgs/[org]/numbers/summary/route";
import { submitOrder } from "@/lib/orders/submit-order";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { idempotencyKey, residentialLine } from "@/test/order-fixtures";
import { orderRoutesFor } from "@/test/order-routes";
import { disconnectDateWindow } from "./disconnect-date-window";
import { DISCONNECT_FORM_CASES } from "./disconnect-form-cases";
import { planDisconnect } from "./disconnect-wizard-schema";

// The disconnect wizard's requests through the portal's own API, past the browser: what
// the form refuses the server refuses with the same Lumen code and records nothing; a
// number installed here is disconnected on the first day the date picker offers; the
// summary the wizard shows comes from the portal's mirror, cut to what the user may see.

// Bluebird's reserved PHOENIX numbers (lib/sandbox/README.md).
const INSTALLED = "6029740011";

const setup = orderRoutesFor("bluebird");
const { post, refresh, countOrders } = setup;

async function summary(userId: string | null, tns: string[]) {
  const request = await requestAs(userId, "/api", { method: "POST", json: { tns } });
  const response = await summaryRoute(request as never, routeParams({ org: setup.org.slug }) as never);
  return { status: response.status, body: await response.json() };
}

describe(`disconnect orders from the wizard through POST /api/orgs/[org]/orders (${inject("databaseKind")})`, () => {
  it.each(DISCONNECT_FORM_CASES)("refuses $name with $code when the browser is bypassed", async ({ values, code }) => {
    const before = await countOrders();
    const [request] = planDisconnect(values).requests;
    const { status, body } = await post({ type: "disconnect", idempotencyKey: idempotencyKey(), request });
    expect(status).toBe(422);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.values(body.error.fieldCodes)).toContain(code);
    expect(await countOrders()).toBe(before);
  });

  it("disconnects a number installed first on the first day the picker offers", async () => {
    const installed = await submitOrder(setup.operator.tenant, {
      type: "install",
      idempotencyKey: idempotencyKey(),
      request: { orderType: "NEW", productID: "2036", customerServiceName: "BLUEBIRD-SIP", tnList: [INSTALLED], subscriberLines: [residentialLine] },
    });
    await setup.sandbox.advance({ minutes: 3 });
    expect((await refresh(installed.orderId)).status).toBe("completed");

    // What the wizard shows before the click: one Local Inbound number, and one the portal
    // does not record, which Lumen reports as still reserved: a disconnect would be refused.
    const shown = await summary(setup.operator.user.id, [INSTALLED, "6029740019"]);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ total: 2, unknown: [], notHeld: [], notActive: [{ tn: "6029740019", status: "reserved" }] });
    expect(shown.body.groups).toEqual([
      expect.objectContaining({ productId: "2036", count: 1 }),
      { productId: null, rateCenter: "PHOENIX", state: "AZ", customerServiceName: null, count: 1 },
    ]);

    const { min } = disconnectDateWindow(new Date());
    const [request] = planDisconnect({ tnText: INSTALLED, requestDate: min, confirmation: "" }).requests;
    const { status, body } = await post({ type: "disconnect", idempotencyKey: idempotencyKey(), request });
    expect(status).toBe(201);
    expect(body.order).toMatchObject({ type: "disconnect", status: "accepted" });
    const number = () => testDb.telephoneNumber.findUniqueOrThrow({ where: { organizationId_tn: { organizationId: setup.org.id, tn: INSTALLED } } });
    expect((await number()).status).toBe("pending");

    // Lumen disconnects on the requested day (906).
    await setup.sandbox.advance({ days: 6 });
    expect((await refresh(body.order.id)).status).toBe("completed");
    expect((await number()).status).toBe("disconnected");

    // Disconnected now: the summary warns before anyone tries again.
    expect((await summary(setup.operator.user.id, [INSTALLED])).body.notActive).toEqual([{ tn: INSTALLED, status: "disconnected" }]);
  });

  it("summarizes for a reseller's user only the numbers of its own slice", async () => {
    const subAccount = await testDb.subAccount.create({ data: { organizationId: setup.org.id, name: "Desert Resale", customerServiceNames: ["BLUEBIRD-SIP"] } });
    const reseller = await createTestUser(setup.org.id, "operator", { subAccountId: subAccount.id });
    const { body } = await summary(reseller.id, [INSTALLED]);
    expect(body).toMatchObject({ total: 1, groups: [], notInSlice: [INSTALLED], unknown: [] });
  });

  it("refuses a summary to the signed out and to someone outside the organization, and a malformed list", async () => {
    expect((await summary(null, [INSTALLED])).status).toBe(401);
    const other = await createTestOrganization("elsewhere");
    const outsider = await createTestUser(other.id, "owner");
    expect((await summary(outsider.id, [INSTALLED])).status).toBe(404);
    expect((await summary(setup.operator.user.id, ["12345"])).status).toBe(422);
  });
});
