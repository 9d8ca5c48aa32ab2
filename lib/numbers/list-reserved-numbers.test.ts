import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as reservedCsv } from "@/app/api/orgs/[org]/numbers/reserved.csv/route";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import type { Tenant } from "@/lib/tenancy/tenant";
import { createTestOrganization, requestAs, routeParams, testDb } from "@/test/fixtures";
import { createSandboxOrganization, idempotencyKey, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";
import { listEveryReservedNumber, listReservedNumbers, readPageUtilization } from "./list-reserved-numbers";
import { ReservedNumbersQuerySchema } from "./reserved-numbers-query";

// The Numbers page's reserved inventory against the real sandbox, as Bluebird (2-B6-7890),
// which holds 20 reserved numbers in PHOENIX (6029740001–6029740020).

let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let staff: { user: { id: string }; tenant: Tenant };
let reseller: { user: { id: string }; tenant: Tenant };
let orderId: string;

const query = (input: Record<string, string> = {}) => ReservedNumbersQuerySchema.parse(input);

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "bluebird");
  staff = await tenantFor(org, "viewer");
  const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Desert Reseller", customerServiceNames: ["BLUEBIRD-SIP"] } });
  reseller = await tenantFor(org, "viewer", sub.id);
  // The portal reserved 6029740001 for the reseller: a reserve order under Lumen's voice order ID.
  const first = await listReservedNumbers(staff.tenant, query({ NPA: "602", NXX: "974", pageSize: "1" }));
  const voiceOrderId = first.numbers[0]!.voiceOrderID;
  const order = await testDb.order.create({
    data: {
      organizationId: org.id,
      subAccountId: sub.id,
      type: "reserve",
      productId: "2042",
      status: "completed",
      idempotencyKey: idempotencyKey(),
      externalOrderId: `test-${idempotencyKey()}`,
      voiceOrderId,
      request: {},
    },
  });
  orderId = order.id;
  for (const tn of ["6029740001", "6029740002"]) {
    const number = await testDb.telephoneNumber.create({
      data: { organizationId: org.id, subAccountId: sub.id, tn, status: "reserved", productId: "2042", rateCenter: "PHOENIX", state: "AZ" },
    });
    if (tn === "6029740001") await testDb.orderTelephoneNumber.create({ data: { orderId: order.id, telephoneNumberId: number.id } });
  }
});
afterAll(() => sandbox.close());

describe(`reserved numbers (${inject("databaseKind")})`, () => {
  it("lists a page of Lumen's reserved inventory with Lumen's total", async () => {
    const page = await listReservedNumbers(staff.tenant, query({ NPA: "602", pageSize: "5", page: "2" }));
    expect(page.totalCount).toBe(20);
    expect(page.pageCount).toBe(4);
    expect(page.numbers).toHaveLength(5);
    expect(page.numbers.every((n) => n.rateCenter === "PHOENIX" && /^\d{10}$/.test(n.tn))).toBe(true);
  });

  it("merges the portal order, product and sub-account from our mirror", async () => {
    const page = await listReservedNumbers(staff.tenant, query({ NPA: "602", pageSize: "50" }));
    const mine = page.numbers.find((n) => n.tn === "6029740001");
    expect(mine).toMatchObject({ orderId, productId: "2042", subAccountName: "Desert Reseller" });
    const other = page.numbers.find((n) => n.tn === "6029740002");
    expect(other).toMatchObject({ orderId: null, productId: "2042", subAccountName: "Desert Reseller" });
    const unknown = page.numbers.find((n) => n.tn === "6029740010");
    expect(unknown).toMatchObject({ orderId: null, productId: null, subAccountName: null });
  });

  it("filters the page's rows by rate center, which Lumen cannot", async () => {
    expect((await listReservedNumbers(staff.tenant, query({ rateCenter: "phoenix", NPA: "602" }))).numbers).toHaveLength(20);
    const none = await listReservedNumbers(staff.tenant, query({ rateCenter: "TUCSON", NPA: "602" }));
    expect(none.numbers).toHaveLength(0);
    expect(none.lumenRows).toBe(20);
  });

  it("shows a reseller only its own numbers", async () => {
    const page = await listReservedNumbers(reseller.tenant, query({ NPA: "602", pageSize: "50" }));
    expect(page.numbers.map((n) => n.tn).sort()).toEqual(["6029740001", "6029740002"]);
  });

  it("refuses an NXX without its NPA with Lumen's 20091", () => {
    const parsed = ReservedNumbersQuerySchema.safeParse({ NXX: "974" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["NXX"], params: { lumenCode: 20091 } });
  });

  it("reads utilization for the page's rate centers under the product known there, assuming 2036 only where none is", async () => {
    const page = await listReservedNumbers(staff.tenant, query({ NPA: "602", pageSize: "50" }));
    // PHOENIX holds numbers the mirror knows as 2042 and others it does not know: one row.
    const usage = await readPageUtilization(staff.tenant, page.numbers);
    expect(usage.map((u) => `${u.productId}:${u.rateCenter}:${u.productAssumed}`)).toEqual(["2042:PHOENIX:false"]);
    // Numbers of unknown product take the product the organization's record knows in their
    // rate center, a reseller's page too, whose own numbers there may name none.
    const unknownOnly = await readPageUtilization(reseller.tenant, page.numbers.filter((n) => n.productId === null));
    expect(unknownOnly.map((u) => `${u.productId}:${u.rateCenter}:${u.productAssumed}`)).toEqual(["2042:PHOENIX:false"]);
    // Where the organization knows no product at all, Local Inbound is assumed, and said to be.
    const denver = { ...page.numbers.find((n) => n.productId === null)!, rateCenter: "DENVER", state: "CO" };
    const nowhere = await readPageUtilization(staff.tenant, [denver]);
    expect(nowhere.map((u) => `${u.productId}:${u.rateCenter}:${u.productAssumed}`)).toEqual(["2036:DENVER:true"]);
  });

  it("gathers every page for the CSV", async () => {
    const all = await listEveryReservedNumber(staff.tenant, query({ NPA: "602" }));
    expect(new Set(all.map((n) => n.tn)).size).toBe(20);
  });
});

describe("the CSV export", () => {
  const download = async (userId: string | null, search: string) => {
    const request = await requestAs(userId, `/api/orgs/${org.slug}/numbers/reserved.csv?${search}`);
    return reservedCsv(request as never, routeParams({ org: org.slug }) as never);
  };

  it("answers a CSV of every matching number as an attachment", async () => {
    const response = await download(staff.user.id, "NPA=602");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`attachment; filename="reserved-numbers-${org.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
    const lines = (await response.text()).trim().split(/\r?\n/);
    expect(lines[0]).toContain("telephoneNumber");
    expect(lines).toHaveLength(21);
  });

  it("never lets a typed name become a spreadsheet formula", async () => {
    const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: '=HYPERLINK("http://x")', customerServiceNames: [] } });
    await testDb.telephoneNumber.update({ where: { organizationId_tn: { organizationId: org.id, tn: "6029740003" } }, data: { subAccountId: sub.id } }).catch(
      () => testDb.telephoneNumber.create({ data: { organizationId: org.id, tn: "6029740003", status: "reserved", subAccountId: sub.id } }),
    );
    const text = await (await download(staff.user.id, "NPA=602")).text();
    const row = text.split(/\r?\n/).find((line) => line.startsWith("6029740003"))!;
    expect(row).toContain(`'=HYPERLINK`);
    await testDb.telephoneNumber.update({ where: { organizationId_tn: { organizationId: org.id, tn: "6029740003" } }, data: { subAccountId: null } });
  });

  it("cuts a reseller's CSV to its slice, refuses a bad filter, and turns strangers away", async () => {
    const own = await download(reseller.user.id, "NPA=602");
    expect((await own.text()).trim().split(/\r?\n/)).toHaveLength(3);
    expect((await download(staff.user.id, "NXX=974")).status).toBe(422);
    expect((await download(null, "")).status).toBe(401);
    const stranger = await tenantFor(await createTestOrganization("elsewhere"), "owner");
    expect((await download(stranger.user.id, "")).status).toBe(404);
  });
});
