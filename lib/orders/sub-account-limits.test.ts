import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as submitRoute } from "@/app/api/orgs/[org]/orders/route";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { requestAs, routeParams, testDb } from "@/test/fixtures";
import { createSandboxOrganization, idempotencyKey, portRequest, residentialLine, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";

// The limits a partner sets on a reseller, enforced by the order engine before anything
// goes to Lumen: order types it may place and how many numbers it may hold. Orders within
// the limits go to the real sandbox over HTTP and are accepted.

let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let subAccountId: string;
let reseller: Awaited<ReturnType<typeof tenantFor>>;

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "acme");
  subAccountId = (
    await testDb.subAccount.create({
      data: { organizationId: org.id, name: "Limited Reseller", customerServiceNames: ["ACME-MAIN"], maxNumbers: 3, allowedOrderTypes: ["reserve"] },
    })
  ).id;
  reseller = await tenantFor(org, "operator", subAccountId);
  // It holds two numbers: one reserved (the sandbox's own reserved 3039740002), one on order.
  await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId, tn: "3039740002", status: "reserved" } });
  await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId, tn: "3039740009", status: "pending" } });
  await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId, tn: "3039740010", status: "disconnected" } });
});
afterAll(() => sandbox.close());

async function post(body: unknown) {
  const response = await submitRoute((await requestAs(reseller.user.id, "/api", { method: "POST", json: body })) as never, routeParams({ org: org.slug }) as never);
  return { status: response.status, body: await response.json() };
}

const reserve = (quantity: number) => ({
  type: "reserve",
  idempotencyKey: idempotencyKey(),
  request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity }] },
});
const install = (tn: string) => ({
  type: "install",
  idempotencyKey: idempotencyKey(),
  request: { orderType: "NEW", productID: "2036", tnList: [tn], subscriberLines: [residentialLine], customerServiceName: "ACME-MAIN" },
});
const port = (tn: string) => ({ type: "port", idempotencyKey: idempotencyKey(), request: portRequest(tn, { customerServiceName: "ACME-MAIN" }) });
const ordersOfReseller = () => testDb.order.count({ where: { subAccountId } });

describe(`a reseller's limits on the order engine (${inject("databaseKind")})`, () => {
  it("refuses an order type the reseller may not place, saying which it may, and records nothing", async () => {
    const refused = await post(install("3039740002"));
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: "FORBIDDEN" });
    expect(refused.body.error.message).toBe(
      "Limited Reseller may not place install orders; it may place: Reserve. The partner's admins set this on the Sub-accounts page.",
    );
    expect(await ordersOfReseller()).toBe(0);
    // No order, but the attempt is in the audit trail: who tried what, and why it was refused.
    const audit = await testDb.auditLog.findFirst({ where: { organizationId: org.id, action: "order.refused_install" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorUserId: reseller.user.id, after: { reason: refused.body.error.message, product: "2036", telephoneNumbers: 1 } });
  });

  it("refuses a reservation that would take it above the numbers it may hold, with how many it holds and may hold", async () => {
    const refused = await post(reserve(2));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      "Limited Reseller may hold at most 3 numbers and holds 2 now (reserved, on order, active or being reserved); 2 more would take it to 4.",
    );
    expect(refused.body.error.details).toEqual({ held: 2, maxNumbers: 3, adding: 2 });
    expect(await ordersOfReseller()).toBe(0);
  });

  it("sends a reservation up to the limit to Lumen, which accepts it; the next one counts it before its number arrives", async () => {
    const placed = await post(reserve(1));
    expect(placed.status).toBe(201);
    expect(placed.body.order).toMatchObject({ type: "reserve", status: "accepted" });
    const again = await post(reserve(1));
    expect(again.status).toBe(403);
    expect(again.body.error.details).toEqual({ held: 3, maxNumbers: 3, adding: 1 });
    expect(await ordersOfReseller()).toBe(1);
  });

  it("counts only the numbers an install or port would add: its own reserved number installs at the limit, a new port does not", async () => {
    // The accepted reservation counts before its number arrives: it is at its limit of 3.
    await testDb.subAccount.update({ where: { id: subAccountId }, data: { allowedOrderTypes: [] } });

    const ported = await post(port("7205550199"));
    expect(ported.status).toBe(403);
    expect(ported.body.error.message).toBe(
      "Limited Reseller may hold at most 3 numbers and holds 3 now (reserved, on order, active or being reserved); 1 more would take it to 4.",
    );

    const installed = await post(install("3039740002"));
    expect(installed.status).toBe(201);
    expect(installed.body.order).toMatchObject({ type: "install", status: "accepted" });
  });

  it("applies no limit once the admin removes it", async () => {
    await testDb.subAccount.update({ where: { id: subAccountId }, data: { maxNumbers: null } });
    expect((await post(reserve(2))).status).toBe(201);
  });
});
