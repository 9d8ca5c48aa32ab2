import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as moveRoute } from "@/app/api/orgs/[org]/numbers/move/route";
import { createTestClient } from "@/lib/lumen/client/client-test-kit";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createTestOrganization, requestAs, routeParams, testDb } from "@/test/fixtures";
import { createSandboxOrganization, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";
import { getNumber } from "./get-number";
import { moveNumbers } from "./move-numbers";
import { MAX_UNRECORDED_EXCHANGES } from "./numbers-at-lumen";

// Handing numbers to a reseller as Acme (1-ABC-23) against the real sandbox, which holds
// 30 active numbers 3039740101–3039740130 and 10 reserved from 3039740001 for Acme, and
// Bluebird's reserved 6029740001–20. Numbers the portal never ordered on are looked up at
// Lumen and recorded as Lumen has them; the browser's word for them is never taken.

type Actor = Awaited<ReturnType<typeof tenantFor>>;
let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let operator: Actor;
let reseller: Actor;
let subAccountId: string;
let smallSubAccountId: string;

async function move(tns: string[], target: string | null) {
  const request = await requestAs(operator.user.id, "/api", { method: "POST", json: { tns, subAccountId: target } });
  const response = await moveRoute(request as never, routeParams({ org: org.slug }) as never);
  return { status: response.status, body: await response.json() };
}

const mirrorOf = (tns: string[]) =>
  testDb.telephoneNumber.findMany({
    where: { organizationId: org.id, tn: { in: tns } },
    orderBy: { tn: "asc" },
    select: { tn: true, status: true, productId: true, rateCenter: true, state: true, customerServiceName: true, subAccountId: true },
  });

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "acme");
  operator = await tenantFor(org, "operator");
  subAccountId = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Front Range Reseller", customerServiceNames: ["ACME-MAIN"] } })).id;
  smallSubAccountId = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Small Reseller", customerServiceNames: [], maxNumbers: 1 } })).id;
  reseller = await tenantFor(org, "viewer", subAccountId);
});

afterAll(() => sandbox.close());

describe(`moving numbers the portal never ordered on (${inject("databaseKind")})`, () => {
  it("records an active and a reserved number as Lumen reports them, then hands them to the reseller, who sees them", async () => {
    await expect(getNumber(reseller.tenant, "3039740120")).rejects.toMatchObject({ code: "NOT_FOUND" });

    const moved = await move(["303-974-0120", "3039740005"], subAccountId);
    expect(moved).toEqual({ status: 200, body: { moved: 2, subAccount: { id: subAccountId, name: "Front Range Reseller" } } });
    expect(await mirrorOf(["3039740005", "3039740120"])).toEqual([
      { tn: "3039740005", status: "reserved", productId: null, rateCenter: "DENVER", state: "CO", customerServiceName: null, subAccountId },
      { tn: "3039740120", status: "active", productId: "2036", rateCenter: null, state: null, customerServiceName: "ACME-MAIN", subAccountId },
    ]);
    expect((await getNumber(reseller.tenant, "3039740120")).lumen).toMatchObject({ state: "active", subscriber: "Mile High Dental" });
  });

  it("moves nothing when any number is not in the organization's inventory at Lumen, and names it", async () => {
    // 6029740001 is Bluebird's; 3039749999 is nobody's.
    const refused = await move(["3039740121", "6029740001", "3039749999"], subAccountId);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toBe("These numbers are not in this organization's inventory: 6029740001, 3039749999.");
    expect(await mirrorOf(["3039740121", "6029740001", "3039749999"])).toEqual([]);
  });

  it("counts numbers from Lumen against a sub-account's limit, and records nothing when the move is refused", async () => {
    const refused = await move(["3039740122", "3039740123"], smallSubAccountId);
    expect(refused.status).toBe(403);
    expect(await mirrorOf(["3039740122", "3039740123"])).toEqual([]);
    expect((await move(["3039740122"], smallSubAccountId)).body.moved).toBe(1);
  });

  it("asks Lumen nothing when the portal knows every number", async () => {
    const { client, wire } = createTestClient(sandbox);
    const result = await moveNumbers(operator.tenant, { tns: ["3039740120", "3039740005"], subAccountId: null }, null, { client });
    expect(result.moved).toBe(2);
    const lumenReads = () => wire.count("GET", "/Numbers/inventoryDetails") + wire.count("GET", "/Numbers/inventory");
    expect(lumenReads()).toBe(0);
    // One it does not know is looked up: the report, then 3039740009's exchange.
    await moveNumbers(operator.tenant, { tns: ["3039740120", "3039740009"], subAccountId: null }, null, { client });
    expect(wire.count("GET", "/Numbers/inventoryDetails")).toBeGreaterThan(0);
    expect(wire.count("GET", "/Numbers/inventory")).toBeGreaterThan(0);
  });

  it("refuses, before asking Lumen, numbers new to the portal from more exchanges than it looks up at once", async () => {
    const { client, wire } = createTestClient(sandbox);
    const scattered = Array.from({ length: MAX_UNRECORDED_EXCHANGES + 1 }, (_, i) => `${String(201 + i).padStart(3, "0")}5550100`);
    await expect(moveNumbers(operator.tenant, { tns: scattered, subAccountId }, null, { client })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      message: expect.stringContaining(`come from ${MAX_UNRECORDED_EXCHANGES + 1} exchanges`),
    });
    expect(wire.count("GET", "/Numbers/inventoryDetails") + wire.count("GET", "/Numbers/inventory")).toBe(0);
  });

  it("refuses another organization's number even where it holds the same digits", async () => {
    const other = await createTestOrganization("move-other");
    await testDb.telephoneNumber.create({ data: { organizationId: other.id, tn: "3039749998", status: "active" } });
    const refused = await move(["3039749998"], subAccountId);
    expect(refused.status).toBe(404);
    expect(await mirrorOf(["3039749998"])).toEqual([]);
  });
});
