import { describe, expect, inject, it } from "vitest";
import { submitOrder } from "@/lib/orders/submit-order";
import { testDb } from "@/test/fixtures";
import { idempotencyKey, residentialLine } from "@/test/order-fixtures";
import { orderRoutesFor } from "@/test/order-routes";
import { CHANGE_FORM_CASES, VALID_LI_CHANGE } from "./change-form-cases";
import { planChange } from "./change-wizard-schema";

// The change wizard's requests through the portal's own API, past the browser: what the
// form refuses the server refuses with the same Lumen code and records nothing; what the
// form sends for three numbers installed here is what Lumen changes.

const INSTALLED = ["3039740006", "3039740007", "3039740008"];

const setup = orderRoutesFor("acme");
const { post, refresh, countOrders } = setup;

describe(`change orders from the wizard through POST /api/orgs/[org]/orders (${inject("databaseKind")})`, () => {
  it.each(CHANGE_FORM_CASES)("refuses $name with $code when the browser is bypassed", async ({ values, code }) => {
    const before = await countOrders();
    const [request] = planChange(values).requests;
    const { status, body } = await post({ type: "change", idempotencyKey: idempotencyKey(), request });
    expect(status).toBe(422);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.values(body.error.fieldCodes)).toContain(code);
    expect(await countOrders()).toBe(before);
  });

  it("changes the caller name and customer service name of three numbers installed first", async () => {
    const installed = await submitOrder(setup.operator.tenant, {
      type: "install",
      idempotencyKey: idempotencyKey(),
      request: { orderType: "NEW", productID: "2036", tnList: INSTALLED, subscriberLines: [residentialLine] },
    });
    await setup.sandbox.advance({ minutes: 3 });
    expect((await refresh(installed.orderId)).status).toBe("completed");

    const [request] = planChange({ ...VALID_LI_CHANGE, tnText: INSTALLED.join(", ") }).requests;
    expect(request?.tnList).toEqual(INSTALLED);
    const { status, body } = await post({ type: "change", idempotencyKey: idempotencyKey(), request });
    expect(status).toBe(201);
    expect(body.order).toMatchObject({ type: "change", status: "accepted" });

    await setup.sandbox.advance({ minutes: 3 });
    expect((await refresh(body.order.id)).status).toBe("completed");
    // Lumen's own report of active numbers now shows the new route and caller name's owner.
    const report = await setup.sandbox.voice("GET", "/Numbers/inventoryDetails?customerServiceName=ACME-BACKUP&pageSize=100", {
      token: await setup.sandbox.token("acme"),
      customer: "1-ABC-23",
    });
    expect(report.status).toBe(200);
    const changed = (report.body.telephoneNumbers as { telephoneNumber: string }[]).map((n) => n.telephoneNumber.slice(-10)).sort();
    expect(changed).toEqual(INSTALLED);
    const linked = await testDb.orderTelephoneNumber.count({ where: { orderId: body.order.id } });
    expect(linked).toBe(3);
  });

  it("is refused by Lumen for numbers that are not the customer's (20041), and the refusal is kept", async () => {
    const [request] = planChange({ ...VALID_LI_CHANGE, tnText: "2069740001" }).requests;
    const { status, body } = await post({ type: "change", idempotencyKey: idempotencyKey(), request });
    expect(status).toBe(422);
    expect(body.error.details.lumenCode).toBe(20041);
    const order = await testDb.order.findUniqueOrThrow({ where: { id: body.error.details.orderId } });
    expect([order.type, order.status, order.lumenCode]).toEqual(["change", "rejected", 20041]);
  });
});
