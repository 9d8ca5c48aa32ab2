import { beforeAll, describe, expect, inject, it } from "vitest";
import { POST as lookUpRoute } from "@/app/api/orgs/[org]/lumen/[read]/route";
import { POST as inFlightRoute } from "@/app/api/orgs/[org]/numbers/in-flight/route";
import { pollOrganizationNotifications } from "@/lib/notifications/poll-notifications";
import { MAX_TNS_PER_PORT } from "@/lib/lumen/schemas/port-order";
import { LOA_IN_THE_FUTURE } from "@/lib/orders/letter-of-authorization";
import { requestAs, routeParams, testDb } from "@/test/fixtures";
import { idempotencyKey, tenantFor } from "@/test/order-fixtures";
import { orderRoutesFor } from "@/test/order-routes";
import { PORT_FORM_CASES, VALID_ELS_PORT, VALID_LI_PORT } from "./port-form-cases";
import { sortByPortability } from "./portability";
import { planPort, type PortWizardValues } from "./port-wizard-schema";

// The port-in wizard's requests through the portal's own API, past the browser: what the
// form refuses the server refuses with the same Lumen code and records nothing; the
// portability check sets aside what the sandbox will not port; what the form sends is
// what the sandbox ports, with the FOC date Lumen gives; more than the port limit become
// one batch of requests, each its own order; the losing carrier's PIN is never stored.

const setup = orderRoutesFor("acme");
const { post, countOrders } = setup;
let viewer: Awaited<ReturnType<typeof tenantFor>>;

beforeAll(async () => {
  viewer = await tenantFor(setup.org, "viewer");
});

/** As the wizard checks: Lumen's portability answer, and the numbers the portal's own orders still hold. */
async function checkPortability(numbers: string[]) {
  const request = await requestAs(viewer.user.id, "/api", { method: "POST", json: { tnList: numbers } });
  const response = await lookUpRoute(request as never, routeParams({ org: setup.org.slug, read: "portability" }) as never);
  expect(response.status).toBe(200);
  const held = await inFlightRoute((await requestAs(viewer.user.id, "/api", { method: "POST", json: { tns: numbers } })) as never, routeParams({ org: setup.org.slug }) as never);
  expect(held.status).toBe(200);
  return sortByPortability(numbers, await response.json(), (await held.json()).numbers);
}

/** The wizard's path: check every number, set aside what will not port, send the rest as one batch. */
async function portLikeTheWizard(values: PortWizardValues) {
  const verdict = await checkPortability(planPort(values).numbers);
  const plan = planPort({ ...values, setAside: verdict.setAside.map((n) => n.tn) });
  const batchKey = idempotencyKey();
  const answers = [];
  for (const [index, request] of plan.requests.entries()) {
    answers.push(await post({ type: "port", idempotencyKey: `${batchKey}-${index}`, batchKey, request }));
  }
  return { verdict, plan, batchKey, answers };
}

describe(`port orders from the wizard through POST /api/orgs/[org]/orders (${inject("databaseKind")})`, () => {
  it.each(PORT_FORM_CASES)("refuses $name with $code when the browser is bypassed", async ({ values, code }) => {
    const before = await countOrders();
    const [request] = planPort(values).requests;
    const { status, body } = await post({ type: "port", idempotencyKey: idempotencyKey(), request });
    expect(status).toBe(422);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.values(body.error.fieldCodes)).toContain(code);
    expect(await countOrders()).toBe(before);
  });

  it("refuses a letter of authorization signed after today, with the form's message, and records nothing", async () => {
    const before = await countOrders();
    const [request] = planPort(VALID_LI_PORT).requests;
    const nextYear = `${new Date().getUTCFullYear() + 1}-03-01T10:00:00Z`;
    const { status, body } = await post({ type: "port", idempotencyKey: idempotencyKey(), request: { ...request, loaDateTime: nextYear } });
    expect(status).toBe(422);
    expect(body.error.fieldErrors["request.loaDateTime"]).toEqual([LOA_IN_THE_FUTURE]);
    expect(await countOrders()).toBe(before);
  });

  it("refuses one request over the port limit with 20029: the wizard never sends more", async () => {
    const [request] = planPort(VALID_LI_PORT).requests;
    const tooMany = { startTN: "7205550300", endTN: String(7205550300 + MAX_TNS_PER_PORT) };
    const { status, body } = await post({ type: "port", idempotencyKey: idempotencyKey(), request: { ...request, tnList: [tooMany] } });
    expect(status).toBe(422);
    expect(Object.values(body.error.fieldCodes)).toContain(20029);
  });

  it.each([
    ["Local Inbound", VALID_LI_PORT, "7205551000, 7205551001, 7205559999", "2036"],
    ["Enhanced Local Service", VALID_ELS_PORT, "7205552000\n3125550100\n+17205552001", "2042"],
  ])("ports the portable numbers as %s, keeps the others aside, and follows Lumen to the FOC date", async (_, values, tnText, productId) => {
    const { verdict, plan, answers } = await portLikeTheWizard({ ...values, tnText, billingTelephoneNumber: "" });
    expect(verdict.setAside).toHaveLength(1);
    expect(verdict.setAside[0]?.reason).toBeTruthy();
    expect(plan.porting).toHaveLength(2);
    expect(plan.porting).not.toContain(verdict.setAside[0]?.tn);

    expect(answers.map((a) => a.status)).toEqual([201]);
    const order = answers[0]!.body.order;
    expect(order).toMatchObject({ type: "port", productId, status: "accepted" });

    // The donating carrier answers ten minutes after pickup with the FOC date (903).
    await setup.sandbox.advance({ minutes: 12 });
    await pollOrganizationNotifications(setup.org.id);
    const row = await testDb.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true, focDate: true } });
    expect(row.status).toBe("in_progress");
    expect(row.focDate?.toISOString().slice(0, 10)).toBe(values.portDate);
  });

  it(`sends 120 numbers as requests of at most ${MAX_TNS_PER_PORT}, one batch, each its own order, the PIN never stored`, async () => {
    const { plan, batchKey, answers } = await portLikeTheWizard({ ...VALID_LI_PORT, tnText: "7205553000-7205553119", billingTelephoneNumber: "7205553000" });
    expect(plan.requests.map((request) => request.tnList.length)).toEqual([MAX_TNS_PER_PORT, MAX_TNS_PER_PORT, 120 - 2 * MAX_TNS_PER_PORT]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);

    const orders = await testDb.order.findMany({
      where: { organizationId: setup.org.id, batchKey },
      orderBy: { idempotencyKey: "asc" },
      select: { id: true, type: true, status: true, voiceOrderId: true, request: true },
    });
    expect(orders.map((o) => o.id)).toEqual(answers.map((a) => a.body.order.id));
    expect(new Set(orders.map((o) => o.voiceOrderId)).size).toBe(3);
    for (const order of orders) {
      const stored = order.request as { tnList: string[]; losingCarrierPin?: string; losingCarrierAccountNumber?: string };
      expect(order).toMatchObject({ type: "port", status: "accepted" });
      expect(stored.losingCarrierPin).toBe("[redacted]");
      expect(stored.losingCarrierAccountNumber).toBe("ACCT-778");
      // As a value anywhere in the request, not inside the random external order ID.
      expect(JSON.stringify(order.request)).not.toContain(`"${VALID_LI_PORT.losingCarrierPin}"`);
    }
    expect(orders.map((o) => (o.request as { tnList: string[] }).tnList.length)).toEqual([MAX_TNS_PER_PORT, MAX_TNS_PER_PORT, 120 - 2 * MAX_TNS_PER_PORT]);
    expect(new Set(orders.flatMap((o) => (o.request as { tnList: string[] }).tnList)).size).toBe(120);

    // The same keys again (a double click, a lost answer) place nothing twice.
    const again = await post({ type: "port", idempotencyKey: `${batchKey}-0`, batchKey, request: plan.requests[0] });
    expect(again.status).toBe(200);
    expect(again.body.order.id).toBe(orders[0]!.id);
    expect(await testDb.order.count({ where: { organizationId: setup.org.id, batchKey } })).toBe(3);
  });

  it("sets aside a number one of the portal's own ports still holds, with the 1612 Lumen would refuse it with", async () => {
    const first = await portLikeTheWizard({ ...VALID_LI_PORT, tnText: "7205554000", billingTelephoneNumber: "" });
    expect(first.verdict.setAside).toEqual([]);
    const held = first.answers[0]!.body.order;

    const again = await checkPortability(["7205554000", "7205554001"]);
    expect(again.portable.map((result) => result.telephoneNumber)).toEqual(["7205554001"]);
    expect(again.setAside).toEqual([
      { tn: "7205554000", reason: `1612 · The port in order ${held.voiceOrderId} still holds this number: Lumen takes no other order on it until that one ends.` },
    ]);
    // What the check spares the user: Lumen refuses a second port of it.
    const refused = await post({ type: "port", idempotencyKey: idempotencyKey(), request: planPort({ ...VALID_LI_PORT, tnText: "7205554000", billingTelephoneNumber: "" }).requests[0] });
    expect(refused.body.error?.details?.lumenCode).toBe(1612);
  });
});
