import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GET as getUsageCsv } from "@/app/api/orgs/[org]/reports/usage.csv/route";
import type { OrderStatus, OrderType, TelephoneNumberStatus } from "@/lib/db/generated/enums";
import type { Tenant } from "@/lib/tenancy/tenant";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { tenantFor } from "@/test/order-fixtures";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { UsageSections } from "@/components/reports/usage-sections";
import { BILLED_COLUMNS, CSV_COLUMNS, HELD_COLUMNS, ORDER_COLUMNS } from "./usage-columns";
import { makeUsageQuerySchema, monthOf, UsageQuerySchema } from "./usage-month";
import { HELD_STATUSES, REPORT_PRODUCTS, emptyUsageRow, reportProduct, type UsageRow } from "./usage-report-data";
import { getUsageReport, OWN_ROW_NAME } from "./usage-report";

// October 2026 for an organization's own numbers and two resellers', seeded as the order
// engine and ingestion leave them: each order with the numbers it touched, each number in
// the mirror with its status now. Orders of September and November around it show what
// the month takes in and leaves out, and how a number's status at the month's end is
// worked out from its orders when the mirror has moved on since.

const OCTOBER = { month: "2026-10" };

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let org: Org;
let otherOrg: Org;
const sub: Record<"alpine" | "bayou" | "formula", string> = { alpine: "", bayou: "", formula: "" };
let staff: { user: { id: string }; tenant: Tenant };
let resellerA: { user: { id: string }; tenant: Tenant };

async function number(tn: string, subAccountId: string | null, status: TelephoneNumberStatus, productId: string | null, createdAt?: string) {
  await testDb.telephoneNumber.create({
    data: { organizationId: org.id, subAccountId, tn, status, productId, ...(createdAt && { createdAt: new Date(createdAt) }) },
  });
}

async function order(o: {
  subAccountId: string | null;
  type: OrderType;
  status: OrderStatus;
  productId?: string;
  createdAt: string;
  completedAt?: string;
  tns?: string[];
  organizationId?: string;
}) {
  const created = await testDb.order.create({
    data: {
      organizationId: o.organizationId ?? org.id,
      subAccountId: o.subAccountId,
      type: o.type,
      status: o.status,
      productId: o.productId ?? null,
      idempotencyKey: randomUUID(),
      externalOrderId: `usage-${randomUUID()}`,
      request: {},
      createdAt: new Date(o.createdAt),
      completedAt: o.completedAt ? new Date(o.completedAt) : null,
    },
  });
  const linked = await testDb.telephoneNumber.findMany({ where: { organizationId: org.id, tn: { in: o.tns ?? [] } }, select: { id: true } });
  if (linked.length) await testDb.orderTelephoneNumber.createMany({ data: linked.map((n) => ({ orderId: created.id, telephoneNumberId: n.id })) });
}

beforeAll(async () => {
  org = await createTestOrganization("usage");
  otherOrg = await createTestOrganization("usage-other");
  sub.alpine = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Alpine Reseller", customerServiceNames: [] } })).id;
  sub.bayou = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Bayou Reseller", customerServiceNames: [] } })).id;
  // A name someone typed to break a spreadsheet.
  sub.formula = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "=HYPERLINK(\"x\")", customerServiceNames: [] } })).id;
  staff = await tenantFor(org, "viewer");
  resellerA = await tenantFor(org, "viewer", sub.alpine);

  // The organization's own: four numbers reserved in September, two installed in October,
  // one install placed on 30 October that completed in November, one left reserved.
  await number("3035550100", null, "active", "2036");
  await number("3035550101", null, "active", "2036");
  await number("3035550102", null, "active", "2036");
  await number("3035550103", null, "reserved", "2036");
  // A number the mirror holds without any order of the portal's (no product recorded).
  await number("3035550900", null, "active", null, "2026-10-02T08:00:00Z");
  await number("3035550901", null, "active", null, "2026-11-02T08:00:00Z");
  const own = ["3035550100", "3035550101", "3035550102", "3035550103"];
  await order({ subAccountId: null, type: "reserve", status: "completed", productId: "2036", createdAt: "2026-09-20T10:00:00Z", completedAt: "2026-09-20T10:00:05Z", tns: own });
  await order({ subAccountId: null, type: "install", status: "completed", productId: "2036", createdAt: "2026-10-05T10:00:00Z", completedAt: "2026-10-07T09:00:00Z", tns: own.slice(0, 2) });
  await order({ subAccountId: null, type: "install", status: "completed", productId: "2036", createdAt: "2026-10-30T16:00:00Z", completedAt: "2026-11-02T09:00:00Z", tns: [own[2]!] });
  await order({ subAccountId: null, type: "reserve", status: "rejected", productId: "2036", createdAt: "2026-10-12T10:00:00Z", completedAt: "2026-10-12T10:00:01Z" });
  // Two numbers installed in September whose disconnects were placed ahead of their dates at
  // the end of October: one still open (the mirror says pending), one completed in November.
  // Both were in service when October ended.
  await number("3035550104", null, "pending", "2042", "2026-09-01T08:00:00Z");
  await number("3035550105", null, "disconnected", "2042", "2026-09-01T08:00:00Z");
  await order({ subAccountId: null, type: "install", status: "completed", productId: "2042", createdAt: "2026-09-03T10:00:00Z", completedAt: "2026-09-05T10:00:00Z", tns: ["3035550104", "3035550105"] });
  await order({ subAccountId: null, type: "disconnect", status: "in_progress", createdAt: "2026-10-28T10:00:00Z", tns: ["3035550104"] });
  await order({ subAccountId: null, type: "disconnect", status: "completed", createdAt: "2026-10-29T10:00:00Z", completedAt: "2026-11-03T00:00:00Z", tns: ["3035550105"] });

  // Alpine: a port placed in September and completed in October, one of its numbers
  // disconnected in October, the other's disconnect placed in November; a reservation
  // from the last instant of September and one from October whose install was placed on
  // 31 October and rejected on 1 November; a change still open.
  await number("7205550200", sub.alpine, "disconnected", "2042");
  await number("7205550201", sub.alpine, "pending", "2042");
  await number("7205550300", sub.alpine, "reserved", "2042");
  await number("7205550400", sub.alpine, "reserved", "2036");
  await order({ subAccountId: sub.alpine, type: "port", status: "completed", productId: "2042", createdAt: "2026-09-25T10:00:00Z", completedAt: "2026-10-10T12:00:00Z", tns: ["7205550200", "7205550201"] });
  await order({ subAccountId: sub.alpine, type: "disconnect", status: "completed", createdAt: "2026-10-20T10:00:00Z", completedAt: "2026-10-25T00:00:00Z", tns: ["7205550200"] });
  await order({ subAccountId: sub.alpine, type: "disconnect", status: "in_progress", createdAt: "2026-11-04T10:00:00Z", tns: ["7205550201"] });
  await order({ subAccountId: sub.alpine, type: "reserve", status: "completed", productId: "2036", createdAt: "2026-09-30T23:59:59.999Z", completedAt: "2026-09-30T23:59:59.999Z", tns: ["7205550400"] });
  await order({ subAccountId: sub.alpine, type: "reserve", status: "completed", productId: "2042", createdAt: "2026-10-03T10:00:00Z", completedAt: "2026-10-03T10:00:02Z", tns: ["7205550300"] });
  await order({ subAccountId: sub.alpine, type: "install", status: "rejected", productId: "2042", createdAt: "2026-10-31T23:59:00Z", completedAt: "2026-11-01T00:00:30Z", tns: ["7205550300"] });
  await order({ subAccountId: sub.alpine, type: "change", status: "in_progress", createdAt: "2026-10-12T10:00:00Z" });
  await order({ subAccountId: sub.alpine, type: "install", status: "cancelled", productId: "2042", createdAt: "2026-11-01T00:00:00Z", completedAt: "2026-11-01T01:00:00Z" });

  // Bayou: a port still waiting for its FOC date, a port Lumen rejected, a cancelled
  // reservation, and a reservation of November.
  await number("5055550500", sub.bayou, "pending", "2036");
  await number("5055550501", sub.bayou, "not_ported", "2036");
  await number("5055550600", sub.bayou, "reserved", "2042");
  await order({ subAccountId: sub.bayou, type: "port", status: "in_progress", productId: "2036", createdAt: "2026-10-15T10:00:00Z", tns: ["5055550500"] });
  await order({ subAccountId: sub.bayou, type: "port", status: "rejected", productId: "2036", createdAt: "2026-10-16T10:00:00Z", completedAt: "2026-10-18T10:00:00Z", tns: ["5055550501"] });
  await order({ subAccountId: sub.bayou, type: "reserve", status: "cancelled", productId: "2042", createdAt: "2026-10-20T10:00:00Z", completedAt: "2026-10-21T10:00:00Z" });
  await order({ subAccountId: sub.bayou, type: "reserve", status: "completed", productId: "2042", createdAt: "2026-11-02T10:00:00Z", completedAt: "2026-11-02T10:00:03Z", tns: ["5055550600"] });

  // Another organization's October counts for nobody here.
  await order({ organizationId: otherOrg.id, subAccountId: null, type: "install", status: "completed", productId: "2036", createdAt: "2026-10-10T10:00:00Z", completedAt: "2026-10-11T10:00:00Z" });
});

/** A row with every count zero but those `fill` sets: the whole row is compared, not a part. */
function expected(kind: UsageRow["kind"], subAccountId: string | null, name: string, fill: (row: UsageRow) => void): UsageRow {
  const row = emptyUsageRow(kind, subAccountId, name);
  fill(row);
  return row;
}

const ownOctober = () =>
  expected("own", null, OWN_ROW_NAME, (r) => {
    r.held.active["2036"] = 2;
    r.held.pending["2036"] = 1;
    r.held.reserved["2036"] = 1;
    r.held.active.other = 1;
    // Disconnects placed but not completed by Lumen when the month ended: still in service.
    r.held.active["2042"] = 2;
    r.completed.installed["2036"] = 2;
    r.orders.install.completed = 2;
    r.orders.reserve.refused = 1;
    r.orders.disconnect.open = 1;
    r.orders.disconnect.completed = 1;
  });
const alpineOctober = () =>
  expected("subAccount", sub.alpine, "Alpine Reseller", (r) => {
    r.held.active["2042"] = 1;
    r.held.disconnected["2042"] = 1;
    r.held.pending["2042"] = 1;
    r.held.reserved["2036"] = 1;
    r.completed.portedIn["2042"] = 2;
    r.completed.disconnected["2042"] = 1;
    r.orders.disconnect.completed = 1;
    r.orders.reserve.completed = 1;
    r.orders.install.refused = 1;
    r.orders.change.open = 1;
  });
const bayouOctober = () =>
  expected("subAccount", sub.bayou, "Bayou Reseller", (r) => {
    r.held.pending["2036"] = 1;
    // The rejected port's number never came in: not held, in any status.
    r.orders.port.open = 1;
    r.orders.port.refused = 1;
    r.orders.reserve.cancelled = 1;
  });

describe(`usage report data (${inject("databaseKind")})`, () => {
  it("gives staff the organization's own row, every sub-account's and the total, for October only", async () => {
    const report = await getUsageReport(staff.tenant, OCTOBER, new Date("2026-11-27T12:00:00Z"));
    expect(report.month).toBe("2026-10");
    expect(report.current).toBe(false);
    expect(report.empty).toBe(false);
    // Sub-accounts in the database's order of their names.
    expect(report.rows).toEqual([
      ownOctober(),
      expected("subAccount", sub.formula, "=HYPERLINK(\"x\")", () => {}),
      alpineOctober(),
      bayouOctober(),
    ]);
    const total = expected("total", null, "Total", (r) => {
      for (const row of [ownOctober(), alpineOctober(), bayouOctober()]) {
        for (const s of HELD_STATUSES) for (const p of REPORT_PRODUCTS) r.held[s][p] += row.held[s][p];
      }
      r.completed.installed["2036"] = 2;
      r.completed.portedIn["2042"] = 2;
      r.completed.disconnected["2042"] = 1;
      r.orders.install = { completed: 2, refused: 1, cancelled: 0, open: 0 };
      r.orders.reserve = { completed: 1, refused: 1, cancelled: 1, open: 0 };
      r.orders.disconnect = { completed: 2, refused: 0, cancelled: 0, open: 1 };
      r.orders.change.open = 1;
      r.orders.port = { completed: 0, refused: 1, cancelled: 0, open: 1 };
    });
    expect(report.total).toEqual(total);
  });

  it("counts September's numbers as they stood at its end, before October's orders", async () => {
    const report = await getUsageReport(staff.tenant, { month: "2026-09" }, new Date("2026-11-27T12:00:00Z"));
    const [own, , alpine, bayou] = report.rows;
    expect(own!.held.reserved["2036"]).toBe(4);
    expect(own!.held.active.other).toBe(0);
    // The port placed on 25 September was in flight; the reservation of its last millisecond counts.
    expect(alpine!.held).toMatchObject({ pending: { "2042": 2 }, reserved: { "2036": 1, "2042": 0 }, active: { "2042": 0 } });
    expect(alpine!.orders.port.completed).toBe(1);
    expect(alpine!.orders.reserve.completed).toBe(1);
    expect(bayou).toEqual(expected("subAccount", sub.bayou, "Bayou Reseller", () => {}));
  });

  it("agrees with the mirror for the month that has not ended, a number being disconnected counting as active", async () => {
    const now = new Date();
    const report = await getUsageReport(staff.tenant, { month: monthOf(now) }, now);
    expect(report.current).toBe(true);
    const mirror = await testDb.telephoneNumber.findMany({
      where: { organizationId: org.id },
      select: { subAccountId: true, status: true, productId: true, orders: { select: { order: { select: { type: true, status: true } } } } },
    });
    const fromMirror = new Map(report.rows.map((r) => [r.subAccountId, emptyUsageRow(r.kind, r.subAccountId, r.name)]));
    const beingDisconnected = (m: (typeof mirror)[number]) =>
      m.orders.some(({ order: o }) => o.type === "disconnect" && !["completed", "rejected", "cancelled", "failed"].includes(o.status));
    for (const m of mirror) {
      if (m.status === "not_ported") continue;
      const status = m.status === "pending" && beingDisconnected(m) ? "active" : m.status;
      fromMirror.get(m.subAccountId)!.held[status][reportProduct(m.productId)] += 1;
    }
    expect(report.rows.map((r) => r.held)).toEqual([...fromMirror.values()].map((r) => r.held));
    // Two of the mirror's pending numbers are being disconnected (one the organization's, one Alpine's).
    expect(mirror.filter((m) => m.status === "pending" && beingDisconnected(m))).toHaveLength(2);
  });

  it("gives a reseller's user its own row only, with the same numbers staff see for it", async () => {
    const report = await getUsageReport(resellerA.tenant, OCTOBER);
    expect(report.rows).toEqual([alpineOctober()]);
    expect(report.total).toBeNull();
  });

  it("reads the month from the address: the current month by default, never a malformed or future one", () => {
    const now = () => new Date("2026-11-27T23:59:59Z");
    const schema = makeUsageQuerySchema(now);
    expect(schema.parse({})).toEqual({ month: "2026-11" });
    expect(schema.parse({ month: " 2026-10 " })).toEqual({ month: "2026-10" });
    for (const month of ["2026-13", "2026-1", "October", "2026-12", "1999-12"]) expect(schema.safeParse({ month }).success).toBe(false);
    expect(UsageQuerySchema.parse({}).month).toBe(monthOf(new Date()));
  });

  it("reports an organization with nothing in the month as empty", async () => {
    const report = await getUsageReport(staff.tenant, { month: "2026-06" });
    expect(report.empty).toBe(true);
    expect(report.rows).toHaveLength(4);
  });
});

describe(`GET /api/orgs/[org]/reports/usage.csv (${inject("databaseKind")})`, () => {
  const download = async (userId: string | null, slug: string, query = "?month=2026-10") => {
    const response = await getUsageCsv(await requestAs(userId, `/api/orgs/${slug}/reports/usage.csv${query}`), routeParams({ org: slug }));
    return { response, text: await response.text() };
  };
  const parse = (text: string) => Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;

  it("has the page's columns and, for staff, a row per table row with the same numbers, the total last", async () => {
    const { response, text } = await download(staff.user.id, org.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="usage-${org.slug}-2026-10.csv"`);
    const [header, ...rows] = parse(text);
    expect(header).toEqual(["Month", "Sub-account", ...CSV_COLUMNS.map((c) => c.header)]);
    const report = await getUsageReport(staff.tenant, OCTOBER);
    const shown = [...report.rows, report.total!];
    expect(rows.map((r) => r[1])).toEqual([OWN_ROW_NAME, "'=HYPERLINK(\"x\")", "Alpine Reseller", "Bayou Reseller", "Total"]);
    rows.forEach((cells, i) => {
      expect(cells[0]).toBe("2026-10");
      expect(cells.slice(2).map(Number)).toEqual(CSV_COLUMNS.map((c) => c.value(shown[i]!)));
    });
    const at = (name: string, column: string) => Number(rows.find((r) => r[1] === name)![header!.indexOf(column)]);
    expect(at("Alpine Reseller", "2042 ported in in month")).toBe(2);
    expect(at("Alpine Reseller", "Install orders rejected or failed")).toBe(1);
    expect(at(OWN_ROW_NAME, "2036 active at month end")).toBe(2);
    expect(at("Total", "Reserve orders cancelled")).toBe(1);
  });

  it("shows in the page's tables the rows and numbers of the CSV", async () => {
    const report = await getUsageReport(staff.tenant, OCTOBER);
    const tables = readTables(renderToStaticMarkup(createElement(UsageSections, { report, monthName: "October 2026" })));
    expect(tables.map((t) => t.caption)).toEqual(["Numbers at the end of October 2026", "Billable in October 2026", "Orders placed in October 2026, by type and outcome"]);
    const [header, ...csvRows] = parse((await download(staff.user.id, org.slug)).text);
    let compared = 0;
    [HELD_COLUMNS, BILLED_COLUMNS, ORDER_COLUMNS].forEach((columns, t) => {
      const table = tables[t]!;
      expect(table.rows.map((r) => r.name)).toEqual([OWN_ROW_NAME, "=HYPERLINK(\"x\")", "Alpine Reseller", "Bayou Reseller", "Total"]);
      table.rows.forEach((row, r) => {
        row.cells.forEach((value, c) => {
          const column = columns.find((col) => col.group === table.columns[c]!.group && col.label === table.columns[c]!.label)!;
          expect({ row: row.name, column: column.header, value }).toEqual({ row: row.name, column: column.header, value: Number(csvRows[r]![header!.indexOf(column.header)]) });
          compared++;
        });
      });
    });
    // Every held and billed column (with numbers of no recorded product), and the order types placed.
    expect(tables.map((t) => t.columns.length)).toEqual([12, 12, 5 * 4]);
    expect(compared).toBe(5 * (12 + 12 + 20));
  });

  it("gives a reseller's user its own row, as the page does", async () => {
    const { response, text } = await download(resellerA.user.id, org.slug);
    expect(response.status).toBe(200);
    const [, ...rows] = parse(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 2)).toEqual(["2026-10", "Alpine Reseller"]);
    expect(rows[0]!.slice(2).map(Number)).toEqual(CSV_COLUMNS.map((c) => c.value(alpineOctober())));
  });

  it("lets every role download it", async () => {
    for (const role of ["operator", "admin", "owner"] as const) {
      const user = await createTestUser(org.id, role);
      expect((await download(user.id, org.slug)).response.status).toBe(200);
    }
  });

  it("answers 401 without a session, 404 to another organization's member, 422 to a month it cannot read", async () => {
    expect((await download(null, org.slug)).response.status).toBe(401);
    const stranger = await createTestUser(otherOrg.id, "owner");
    const other = await download(stranger.id, org.slug);
    const missing = await download(stranger.id, "no-such-org");
    expect(other.response.status).toBe(404);
    expect(other.text).toBe(missing.text);
    const bad = await download(staff.user.id, org.slug, "?month=2026-13");
    expect(bad.response.status).toBe(422);
    expect(JSON.parse(bad.text).error.fieldErrors.month).toBeDefined();
  });

  it("defaults to the current month", async () => {
    const { response } = await download(staff.user.id, org.slug, "");
    expect(response.headers.get("content-disposition")).toContain(`-${monthOf(new Date())}.csv`);
  });
});

/** The page's tables read back from their markup: caption, (group, label) per column, and each row's name and counts. */
function readTables(html: string) {
  const text = (cell: string) =>
    cell.replace(/<[^>]+>/g, "").replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
  const cellsOf = (row: string) => [...row.matchAll(/<t[hd]([^>]*)>([\s\S]*?)<\/t[hd]>/g)].map((m) => ({ attrs: m[1]!, text: text(m[2]!) }));
  return [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map(([table]) => {
    const caption = text(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table)![1]!);
    const [groupRow, labelRow, ...bodyRows] = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    const groups = cellsOf(groupRow!).slice(1).flatMap((cell) => Array<string>(Number(/colspan="(\d+)"/i.exec(cell.attrs)?.[1] ?? 1)).fill(cell.text));
    const columns = cellsOf(labelRow!).map((cell, i) => ({ group: groups[i]!, label: cell.text }));
    const rows = bodyRows.map((row) => {
      const [name, ...counts] = cellsOf(row).map((cell) => cell.text);
      return { name: name!, cells: counts.map((count) => Number(count.replaceAll(",", ""))) };
    });
    return { caption, columns, rows };
  });
}
