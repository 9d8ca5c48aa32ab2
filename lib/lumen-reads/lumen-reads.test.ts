import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as readGet, POST as readPost } from "@/app/api/orgs/[org]/lumen/[read]/route";
import { POST as testConnection } from "@/app/api/orgs/[org]/settings/test-connection/route";
import { sealSecret } from "@/lib/crypto/secret-box";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { requestAs, routeParams, testDb } from "@/test/fixtures";
import { createSandboxOrganization, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";

// Look-ups at Lumen through /api/orgs/[org]/lumen/[read], as Bluebird (2-B6-7890): who may
// make them, how a reseller's answer is cut to its slice, and Lumen's codes on failure.

let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let staff: string;
let reseller: string;

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "bluebird");
  staff = (await tenantFor(org, "viewer")).user.id;
  const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Sea Reseller", customerServiceNames: ["BLUEBIRD-SIP"] } });
  reseller = (await tenantFor(org, "operator", sub.id)).user.id;
  // Two of Bluebird's reserved Phoenix numbers belong to the reseller's slice.
  for (const tn of ["6029740001", "6029740002"]) {
    await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId: sub.id, tn, status: "reserved" } });
  }
});
afterAll(() => sandbox.close());

async function read(userId: string, name: string, query = "", body?: unknown) {
  const request = await requestAs(userId, `/api?${query}`, body === undefined ? {} : { method: "POST", json: body });
  const handler = body === undefined ? readGet : readPost;
  const response = await handler(request as never, routeParams({ org: org.slug, read: name }) as never);
  return { status: response.status, body: await response.json() };
}

describe(`look-ups at Lumen (${inject("databaseKind")})`, () => {
  it("lists rate centers for a viewer, validated on the way in and out", async () => {
    const { status, body } = await read(staff, "rate-centers", "productID=2042&state=WA&pageSize=5");
    expect(status).toBe(200);
    expect(body.rateCenters.map((r: { rateCenter: string }) => r.rateCenter)).toContain("SEATTLE");
  });

  it("refuses a bad query with Lumen's code before calling Lumen", async () => {
    const { status, body } = await read(staff, "rate-centers", "productID=9999");
    expect(status).toBe(422);
    expect(Object.values(body.error.fieldCodes)).toContain(20000);
  });

  it("checks portability number by number (POST)", async () => {
    const { status, body } = await read(staff, "portability", "", { tnList: ["7205550100", "3125550100"] });
    expect(status).toBe(200);
    expect(JSON.stringify(body)).toContain("3125550100");
  });

  it("answers 404 for an unknown look-up or the wrong method", async () => {
    expect((await read(staff, "everything")).status).toBe(404);
    expect((await read(staff, "portability")).status).toBe(404);
    expect((await read(staff, "__proto__")).status).toBe(404);
  });

  it("cuts reserved inventory to a reseller's own numbers", async () => {
    const all = await read(staff, "reserved-inventory", "NPA=602&pageSize=50");
    expect(all.body.telephoneNumbers.length).toBe(20);
    const own = await read(reseller, "reserved-inventory", "NPA=602&pageSize=50");
    expect(own.body.telephoneNumbers.map((n: { telephoneNumber: string }) => n.telephoneNumber.slice(-10)).sort()).toEqual(["6029740001", "6029740002"]);
    expect(own.body.totalCount).toBe(2);
  });

  it("finds a reseller's numbers on any of Lumen's pages, and pages them as asked", async () => {
    // The last two of Lumen's twenty, handed to another reseller: on Lumen's fourth page of five.
    const all = await read(staff, "reserved-inventory", "NPA=602&pageSize=50");
    const lastTwo = all.body.telephoneNumbers.slice(-2).map((n: { telephoneNumber: string }) => n.telephoneNumber.slice(-10));
    const late = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Late Reseller", customerServiceNames: ["BLUEBIRD-SIP"] } });
    const lateUser = (await tenantFor(org, "viewer", late.id)).user.id;
    for (const tn of lastTwo) await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId: late.id, tn, status: "reserved" } });

    const first = await read(lateUser, "reserved-inventory", "NPA=602&pageSize=5");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ pageNumber: 1, pageSize: 5, totalCount: 2 });
    expect(first.body.telephoneNumbers.map((n: { telephoneNumber: string }) => n.telephoneNumber.slice(-10))).toEqual(lastTwo);
    const second = await read(lateUser, "reserved-inventory", "NPA=602&pageSize=1&pageNumber=2");
    expect(second.body.telephoneNumbers.map((n: { telephoneNumber: string }) => n.telephoneNumber.slice(-10))).toEqual([lastTwo[1]]);
    // A bad page is refused with Lumen's code, as it is for staff.
    const bad = await read(lateUser, "reserved-inventory", "pageSize=501");
    expect(bad.status).toBe(422);
    expect(Object.values(bad.body.error.fieldCodes)).toContain(20104);
  });

  it("shows a reseller only the active numbers the portal gives it, not every number under a name it may use", async () => {
    const all = await read(staff, "active-inventory", "pageSize=500");
    const underItsName = all.body.telephoneNumbers.filter((n: { customerServiceName?: string }) => n.customerServiceName === "BLUEBIRD-SIP");
    expect(underItsName.length).toBeGreaterThan(1);
    // The partner's own numbers under that name stay the partner's: none is the reseller's yet.
    expect((await read(reseller, "active-inventory", "pageSize=50")).body).toMatchObject({ totalCount: 0, telephoneNumbers: [] });

    const given = underItsName[0].telephoneNumber.slice(-10);
    const sub = await testDb.subAccount.findFirstOrThrow({ where: { organizationId: org.id, name: "Sea Reseller" } });
    await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId: sub.id, tn: given, status: "active" } });
    const report = await read(reseller, "active-inventory", "pageSize=50");
    expect(report.body.totalCount).toBe(1);
    expect(report.body.telephoneNumbers.map((n: { telephoneNumber: string }) => n.telephoneNumber.slice(-10))).toEqual([given]);
  });

  it("keeps order status and raw notifications to the partner's staff", async () => {
    expect((await read(reseller, "notifications", "fromDateTime=2026-01-01T00:00:00Z")).status).toBe(404);
    expect((await read(staff, "notifications", "fromDateTime=2026-01-01T00:00:00Z")).status).toBe(200);
  });
});

describe("the connection test in Settings", () => {
  const test = async (userId: string) => {
    const response = await testConnection((await requestAs(userId, "/api", { method: "POST" })) as never, routeParams({ org: org.slug }) as never);
    return { status: response.status, body: await response.json() };
  };

  it("fetches a token and counts the rate centers for an admin", async () => {
    const admin = (await tenantFor(org, "admin")).user.id;
    const { status, body } = await test(admin);
    expect(status).toBe(200);
    expect(body.result.rateCenterCount).toBeGreaterThan(0);
    expect(new Date(body.result.tokenExpiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(JSON.stringify(body)).not.toContain("bluebird-sandbox-secret");
  });

  it("reports wrong credentials with Lumen's 403001, and refuses an operator", async () => {
    const admin = (await tenantFor(org, "admin")).user.id;
    await testDb.organization.update({ where: { id: org.id }, data: { clientSecretEnc: sealSecret("wrong-secret") } });
    const { status, body } = await test(admin);
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: "LUMEN_REJECTED", details: { lumenCode: 403001 } });
    expect((await test((await tenantFor(org, "operator")).user.id)).status).toBe(403);
  });
});
