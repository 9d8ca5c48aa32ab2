import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GET as ordersCsv } from "@/app/api/orgs/[org]/orders.csv/route";
import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { tenantFor } from "@/test/order-fixtures";
import { listEveryOrder } from "./list-orders";
import { ORDERS_CSV_FIELDS } from "./orders-csv";

// The orders list as a CSV download, through the route handler: every order the page's
// filters match (not one page), newest first, each with its numbers by the list's rule,
// a reseller's own orders only, and nothing a spreadsheet would run as a formula.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
type CsvRow = Record<(typeof ORDERS_CSV_FIELDS)[number], string>;
let org: Org;
let otherOrg: Org;
let subAccountId: string;
const users: Record<string, string> = {};
const orders: Record<string, string> = {};
const base = Date.parse("2026-06-01T12:00:00Z");

async function order(
  key: string,
  data: { type: OrderType; status: OrderStatus; minutes: number; subAccountId?: string; voiceOrderId?: string; requestedTns?: string[]; linked?: string[]; submittedById?: string; target?: Org; request?: object },
) {
  const target = data.target ?? org;
  const created = await testDb.order.create({
    data: {
      organizationId: target.id,
      subAccountId: data.subAccountId ?? null,
      type: data.type,
      status: data.status,
      productId: "2036",
      voiceOrderId: data.voiceOrderId ?? null,
      idempotencyKey: randomUUID(),
      externalOrderId: `vp-csv-${randomUUID()}`,
      request: data.request ?? {},
      requestedTns: data.requestedTns,
      submittedById: data.submittedById ?? null,
      createdAt: new Date(base + data.minutes * 60_000),
    },
  });
  for (const tn of data.linked ?? []) {
    const number = await testDb.telephoneNumber.create({ data: { organizationId: target.id, subAccountId: data.subAccountId ?? null, tn, status: "reserved" } });
    await testDb.orderTelephoneNumber.create({ data: { orderId: created.id, telephoneNumberId: number.id } });
  }
  orders[key] = created.id;
}

async function csv(userId: string | null, filters: Record<string, string> = {}, target: Org = org) {
  const search = new URLSearchParams(filters).toString();
  const response = await ordersCsv((await requestAs(userId, `/api/orgs/${target.slug}/orders.csv?${search}`)) as never, routeParams({ org: target.slug }) as never);
  const text = await response.text();
  const rows = response.ok ? Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true }).data : [];
  return { status: response.status, text, rows, headers: response.headers };
}

const keysOf = (rows: CsvRow[]) => rows.map((row) => Object.keys(orders).find((key) => orders[key] === row.orderId) ?? row.orderId);

beforeAll(async () => {
  org = await createTestOrganization("ordcsv");
  otherOrg = await createTestOrganization("ordcsvother");
  subAccountId = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Desert Resale", customerServiceNames: ["DESERT-1"] } })).id;
  users.viewer = (await createTestUser(org.id, "viewer")).id;
  users.reseller = (await createTestUser(org.id, "viewer", { subAccountId })).id;
  users.outsider = (await createTestUser(otherOrg.id, "owner")).id;
  // Someone whose name a spreadsheet would take for a formula.
  const submitter = await createTestUser(org.id, "operator");
  users.submitter = submitter.id;
  await testDb.user.update({ where: { id: submitter.id }, data: { name: '=HYPERLINK("http://evil.example","x")' } });

  await order("reserve", {
    type: "reserve",
    status: "completed",
    minutes: 0,
    voiceOrderId: "VO-CSV-1",
    linked: ["4025550102", "4025550101"],
    submittedById: submitter.id,
    request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 2 }] },
  });
  await order("refused", { type: "install", status: "rejected", minutes: 10, subAccountId, requestedTns: ["6025550108", "6025550107"] });
  await order("waiting", { type: "reserve", status: "awaiting_approval", minutes: 20 });
  // Two orders at the same instant: the batches must neither skip nor repeat one of them.
  await order("tieA", { type: "change", status: "accepted", minutes: 30 });
  await order("tieB", { type: "change", status: "accepted", minutes: 30 });
  await order("foreign", { type: "reserve", status: "completed", minutes: 40, target: otherOrg });
});

describe(`GET /api/orgs/[org]/orders.csv (${inject("databaseKind")})`, () => {
  it("holds every order of the organization, newest first, with the order awaiting approval in its place", async () => {
    const { status, rows, text, headers } = await csv(users.viewer!);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toMatch(new RegExp(`attachment; filename="orders-${org.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
    expect(text.split("\r\n")[0]).toBe(ORDERS_CSV_FIELDS.join(","));
    const keys = keysOf(rows);
    expect(keys.slice(0, 2).sort()).toEqual(["tieA", "tieB"]);
    expect(keys.slice(2)).toEqual(["waiting", "refused", "reserve"]);
  });

  it("names each order's numbers: those Lumen took, or those a refused order asked for", async () => {
    const { rows } = await csv(users.viewer!);
    const row = (key: string) => rows.find((r) => r.orderId === orders[key])!;
    expect(row("reserve")).toMatchObject({ type: "reserve", status: "completed", productID: "2036", voiceOrderID: "VO-CSV-1", numberCount: "2", quantityAsked: "2", telephoneNumbers: "4025550101 4025550102" });
    expect(row("refused")).toMatchObject({ type: "install", status: "rejected", voiceOrderID: "", numberCount: "2", quantityAsked: "", telephoneNumbers: "6025550107 6025550108", subAccount: "Desert Resale" });
    expect(row("waiting")).toMatchObject({ numberCount: "0", telephoneNumbers: "" });
  });

  it("keeps a name that looks like a formula as text", async () => {
    const { rows, text } = await csv(users.viewer!);
    expect(rows.find((r) => r.orderId === orders.reserve)!.submittedBy).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it("takes the orders page's filters, paging aside", async () => {
    expect(keysOf((await csv(users.viewer!, { type: "reserve", page: "3", pageSize: "1" })).rows)).toEqual(["waiting", "reserve"]);
    expect(keysOf((await csv(users.viewer!, { q: "(602) 555-0107" })).rows)).toEqual(["refused"]);
    expect(keysOf((await csv(users.viewer!, { status: "awaiting_approval" })).rows)).toEqual(["waiting"]);
    expect((await csv(users.viewer!, { from: "2026-06-02" })).rows).toEqual([]);
    // "Placed by me": the signed-in person's own orders.
    expect(keysOf((await csv(users.submitter!, { submittedBy: "me" })).rows)).toEqual(["reserve"]);
    expect((await csv(users.viewer!, { submittedBy: "me" })).rows).toEqual([]);
  });

  it("refuses a filter it cannot read, as the list does", async () => {
    const { status, text } = await csv(users.viewer!, { from: "2026-13-45" });
    expect(status).toBe(422);
    expect(JSON.parse(text).error.fieldErrors.from).toBeDefined();
  });

  it("gives a reseller's user its own orders only", async () => {
    expect(keysOf((await csv(users.reseller!)).rows)).toEqual(["refused"]);
    expect(keysOf((await csv(users.reseller!, { type: "reserve" })).rows)).toEqual([]);
  });

  it("answers 404 to another organization's member and 401 to nobody", async () => {
    expect((await csv(users.outsider!)).status).toBe(404);
    expect((await csv(null)).status).toBe(401);
    expect(keysOf((await csv(users.outsider!, {}, otherOrg)).rows)).toEqual(["foreign"]);
  });

  it("reads in batches without skipping or repeating an order, and stops at the row limit", async () => {
    const { tenant } = await tenantFor(org, "viewer");
    const collect = async (options: { batchSize: number; maxRows?: number }) => {
      const batches: string[][] = [];
      for await (const batch of await listEveryOrder(tenant, {}, options)) batches.push(batch.map((o) => o.id));
      return batches;
    };
    const whole = (await collect({ batchSize: 100 })).flat();
    const inPairs = await collect({ batchSize: 2 });
    expect(inPairs.map((batch) => batch.length)).toEqual([2, 2, 1]);
    expect(inPairs.flat()).toEqual(whole);
    expect((await collect({ batchSize: 2, maxRows: 3 })).flat()).toEqual(whole.slice(0, 3));
  });
});
