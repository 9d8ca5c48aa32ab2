import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as summaryRoute } from "@/app/api/orgs/[org]/numbers/summary/route";
import { createTestClient } from "@/lib/lumen/client/client-test-kit";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { requestAs, routeParams, testDb } from "@/test/fixtures";
import { createSandboxOrganization, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";
import { submitOrder } from "@/lib/orders/submit-order";
import { summarizeNumbers } from "./numbers-summary";
import { MAX_UNRECORDED_EXCHANGES } from "./numbers-at-lumen";

// The disconnect and change wizards' review, as Acme (1-ABC-23) against the real sandbox, which holds
// 30 active numbers 3039740101–3039740130 and 10 reserved from 3039740001 for Acme, and
// Bluebird's reserved 6029740001–20. What the portal records answers for itself; the
// rest is looked up at Lumen, so the review names every number Lumen would refuse.

let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let operator: Awaited<ReturnType<typeof tenantFor>>;

async function summarize(tns: string[]) {
  const request = await requestAs(operator.user.id, "/api", { method: "POST", json: { tns } });
  const response = await summaryRoute(request as never, routeParams({ org: org.slug }) as never);
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "acme");
  operator = await tenantFor(org, "operator");
  await testDb.telephoneNumber.createMany({
    data: [
      { organizationId: org.id, tn: "3039740102", status: "active", productId: "2036", rateCenter: "DENVER", state: "CO", customerServiceName: "ACME-MAIN" },
      { organizationId: org.id, tn: "3039740103", status: "disconnected", productId: "2036", rateCenter: "DENVER", state: "CO" },
    ],
  });
});

afterAll(() => sandbox.close());

describe(`the disconnect and change reviews' look-up (${inject("databaseKind")})`, () => {
  it("answers for recorded numbers from the portal and looks the others up at Lumen", async () => {
    const { status, body } = await summarize(["3039740102", "3039740103", "3039740121", "3039740002", "6029740001"]);
    expect(status).toBe(200);
    expect(body.total).toBe(5);
    expect(body.groups).toEqual(
      expect.arrayContaining([
        { productId: "2036", rateCenter: "DENVER", state: "CO", customerServiceName: "ACME-MAIN", count: 1 },
        // Active at Lumen, unknown to the portal: the active report names product and route, not the rate center.
        { productId: "2036", rateCenter: null, state: null, customerServiceName: "ACME-MAIN", count: 1 },
      ]),
    );
    // Lumen disconnects only active numbers (20061) it holds for the customer (20041).
    expect(body.notActive).toEqual(
      expect.arrayContaining([
        { tn: "3039740103", status: "disconnected" },
        { tn: "3039740002", status: "reserved" },
      ]),
    );
    expect(body.notActive).toHaveLength(2);
    expect(body.notHeld).toEqual(["6029740001"]);
    expect(body).toMatchObject({ notInSlice: [], unknown: [], unknownReason: null });
  });

  it("asks Lumen nothing when the portal records every number, and nothing beyond 50 exchanges", async () => {
    const { client, wire } = createTestClient(sandbox);
    const lumenReads = () => wire.count("GET", "/Numbers/inventoryDetails") + wire.count("GET", "/Numbers/inventory");
    expect(await summarizeNumbers(operator.tenant, { tns: ["3039740102"] }, { client })).toMatchObject({ total: 1, notActive: [], notHeld: [], unknown: [] });
    expect(lumenReads()).toBe(0);
    const scattered = Array.from({ length: MAX_UNRECORDED_EXCHANGES + 1 }, (_, i) => `${String(201 + i).padStart(3, "0")}5550100`);
    const summary = await summarizeNumbers(operator.tenant, { tns: scattered }, { client });
    expect(summary).toMatchObject({ unknown: scattered, notHeld: [], unknownReason: expect.stringContaining(`${MAX_UNRECORDED_EXCHANGES + 1} exchanges`) });
    expect(lumenReads()).toBe(0);
  });

  it("answers a reseller from its slice alone: the partner's numbers, recorded or only at Lumen, are not in it", async () => {
    const reseller = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Front Range Reseller", customerServiceNames: ["ACME-BACKUP"] } });
    await testDb.telephoneNumber.create({
      data: { organizationId: org.id, subAccountId: reseller.id, tn: "3039740104", status: "active", productId: "2042", rateCenter: "DENVER", state: "CO", customerServiceName: "ACME-BACKUP" },
    });
    const resellerOperator = await tenantFor(org, "operator", reseller.id);
    const { client, wire } = createTestClient(sandbox);
    // 3039740102: the partner's, in the portal's record; 3039740121: active at Lumen for the partner, recorded nowhere.
    const summary = await summarizeNumbers(resellerOperator.tenant, { tns: ["3039740104", "3039740102", "3039740121"] }, { client });
    expect(summary).toEqual({
      total: 3,
      groups: [{ productId: "2042", rateCenter: "DENVER", state: "CO", customerServiceName: "ACME-BACKUP", count: 1 }],
      notActive: [],
      notHeld: [],
      notInSlice: ["3039740102", "3039740121"],
      inFlight: [],
      unknown: [],
      unknownReason: null,
    });
    // Lumen's answer would describe the partner's account: it is not asked.
    expect(wire.count("GET", "/Numbers/inventoryDetails") + wire.count("GET", "/Numbers/inventory")).toBe(0);
  });

  it("names a number one of the portal's own orders still holds, which Lumen refuses another order on (1612)", async () => {
    const { client } = createTestClient(sandbox);
    const change = () => ({
      type: "change" as const,
      idempotencyKey: `summary-${crypto.randomUUID()}`,
      request: { productID: "2036" as const, tnList: ["3039740106"], cnam: { customerName: "HELD", blockCustomerName: "N" as const } },
    });
    const first = await submitOrder(operator.tenant, change(), { client });
    expect(first.order?.status).toBe("accepted");

    const { body } = await summarize(["3039740102", "3039740106"]);
    expect(body.inFlight).toEqual([{ tn: "3039740106", order: { id: first.orderId, type: "change", voiceOrderId: first.order!.voiceOrderId } }]);
    expect(body.notActive).toEqual([]);
    // What the review spares the user: Lumen refuses a second change of it.
    const second = await submitOrder(operator.tenant, change(), { client });
    expect(second.order).toMatchObject({ status: "rejected", lumenCode: 1612 });
  });

  it("leaves the numbers unknown, and says why, when Lumen does not answer", async () => {
    await sandbox.close();
    const { status, body } = await summarize(["3039740102", "3039740122"]);
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 2, notHeld: [], unknown: ["3039740122"], unknownReason: "Lumen did not answer the look-up" });
  });
});
