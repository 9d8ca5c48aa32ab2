import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as activeCsv } from "@/app/api/orgs/[org]/numbers/active.csv/route";
import { GET as listNotesRoute, POST as addNoteRoute } from "@/app/api/orgs/[org]/numbers/[tn]/notes/route";
import { POST as submitRoute } from "@/app/api/orgs/[org]/orders/route";
import { POST as refreshRoute } from "@/app/api/orgs/[org]/orders/[id]/refresh/route";
import { toLumenReadProblem } from "@/components/numbers/lumen-read-problem";
import { planInstall } from "@/components/install/install-wizard-schema";
import { VALID_ELS_INSTALL } from "@/components/install/install-form-cases";
import { createTestClient } from "@/lib/lumen/client/client-test-kit";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createTestOrganization, requestAs, routeParams, testDb } from "@/test/fixtures";
import { createSandboxOrganization, idempotencyKey, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";
import { ActiveNumbersQuerySchema } from "./active-numbers-query";
import { reportIdFrom } from "./active-report-snapshots";
import { getNumber } from "./get-number";
import { listActiveNumbers } from "./list-active-numbers";
import { getNumberTimeline } from "./number-timeline";

// The active numbers list, a number's own page (facts, timeline, notes) and the CSV, as
// Acme (1-ABC-23) against the real sandbox: 30 active numbers 3039740101–3039740130
// (ACME-MAIN, Mile High Dental) and reserved ones from 3039740001, of which the portal
// reserves, installs and changes 3039740001 below.

type Actor = Awaited<ReturnType<typeof tenantFor>>;
let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let staffViewer: Actor;
let staffOperator: Actor;
let resellerViewer: Actor;
let resellerOperator: Actor;
let resellerId: string;
const orderIds: Record<"reserve" | "install" | "change", string> = { reserve: "", install: "", change: "" };

const query = (input: Record<string, string> = {}) => ActiveNumbersQuerySchema.parse(input);

async function placeOrder(body: unknown) {
  const request = await requestAs(staffOperator.user.id, "/api", { method: "POST", json: body });
  const response = await submitRoute(request as never, routeParams({ org: org.slug }) as never);
  const answer = await response.json();
  if (response.status !== 201) throw new Error(`order refused: ${JSON.stringify(answer)}`);
  return answer.order as { id: string };
}

async function refreshOrder(id: string) {
  const request = await requestAs(staffOperator.user.id, "/api", { method: "POST" });
  return (await (await refreshRoute(request as never, routeParams({ org: org.slug, id }) as never)).json()).order as { status: string };
}

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "acme");
  staffViewer = await tenantFor(org, "viewer");
  staffOperator = await tenantFor(org, "operator");
  const reseller = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Front Range Reseller", customerServiceNames: ["ACME-BACKUP"] } });
  const other = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Other Reseller", customerServiceNames: ["ACME-MAIN"] } });
  resellerId = reseller.id;
  resellerViewer = await tenantFor(org, "viewer", reseller.id);
  resellerOperator = await tenantFor(org, "operator", reseller.id);
  // The mirror gives two of the active numbers to the reseller and one to another: the
  // other reseller's name (ACME-MAIN) is on all 30, which must not widen its slice.
  for (const [tn, subAccountId] of [["3039740101", reseller.id], ["3039740102", reseller.id], ["3039740103", other.id]] as const) {
    await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId, tn, status: "active", productId: "2036" } });
  }

  // 3039740001: reserved an hour ago (the seed's reservation, recorded as a portal order),
  // then installed as ELS and changed through the portal's own API.
  const anHourAgo = new Date(Date.now() - 3_600_000);
  const reserve = await testDb.order.create({
    data: {
      organizationId: org.id,
      type: "reserve",
      productId: "2036",
      status: "completed",
      idempotencyKey: idempotencyKey(),
      externalOrderId: `test-${idempotencyKey()}`,
      voiceOrderId: "VO-SEED-RESERVE",
      request: {},
      createdAt: anHourAgo,
      events: { create: [{ kind: "submitted", status: "submitting", message: "Recorded; sending to Lumen.", createdAt: anHourAgo }, { kind: "accepted", status: "completed", message: "Reserved.", createdAt: new Date(anHourAgo.getTime() + 60_000) }] },
    },
  });
  orderIds.reserve = reserve.id;
  const number = await testDb.telephoneNumber.create({ data: { organizationId: org.id, tn: "3039740001", status: "reserved", productId: "2036", rateCenter: "DENVER", state: "CO" } });
  await testDb.orderTelephoneNumber.create({ data: { orderId: reserve.id, telephoneNumberId: number.id } });

  const [install] = planInstall({ ...VALID_ELS_INSTALL, tnText: "3039740001" }).requests;
  orderIds.install = (await placeOrder({ type: "install", idempotencyKey: idempotencyKey(), request: install })).id;
  await sandbox.advance({ minutes: 3 });
  expect((await refreshOrder(orderIds.install)).status).toBe("completed");
  orderIds.change = (
    await placeOrder({ type: "change", idempotencyKey: idempotencyKey(), request: { productID: "2042", tnList: ["3039740001"], customerType: "B", businessName: "Larimer Bakery Two" } })
  ).id;
});
afterAll(() => sandbox.close());

describe(`active numbers (${inject("databaseKind")})`, () => {
  it("merges Lumen's report with the mirror's status, sub-account and last order", async () => {
    const page = await listActiveNumbers(staffViewer.tenant, query({ pageSize: "200" }));
    expect(page.totalCount).toBe(31);
    const installed = page.numbers.find((n) => n.tn === "3039740001");
    expect(installed).toMatchObject({
      productId: "2042",
      subscriber: "Larimer Bakery",
      serviceAddress: "9 Larimer St, Denver, CO 80202",
      e911Address: "9 Larimer St, Denver, CO 80202",
      mirrorStatus: "active",
      subAccount: null,
      lastOrder: { id: orderIds.change, type: "change" },
    });
    expect(page.numbers.find((n) => n.tn === "3039740101")).toMatchObject({
      productId: "2036",
      subscriber: "Mile High Dental",
      customerServiceName: "ACME-MAIN",
      subAccount: { id: resellerId, name: "Front Range Reseller" },
      lastOrder: null,
    });
    expect(page.numbers.find((n) => n.tn === "3039740130")).toMatchObject({ mirrorStatus: null, subAccount: null, e911Address: null });
  });

  it.each([
    { name: "product", filters: { product: "2042" }, total: 1, first: "3039740001" },
    { name: "customer service name", filters: { customerServiceName: "ACME-MAIN" }, total: 30, first: "3039740101" },
    { name: "sub-account", filters: { subAccount: "<reseller>" }, total: 2, first: "3039740101" },
    { name: "no sub-account", filters: { subAccount: "none" }, total: 28, first: "3039740001" },
    { name: "part of a number", filters: { q: "(303) 974-012" }, total: 10, first: "3039740120" },
    { name: "subscriber", filters: { q: "larimer" }, total: 1, first: "3039740001" },
    { name: "subscriber and product", filters: { q: "dental", product: "2042" }, total: 0, first: undefined },
  ])("filters by $name", async ({ filters, total, first }) => {
    const input = Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, value === "<reseller>" ? resellerId : value]));
    const page = await listActiveNumbers(staffViewer.tenant, query(input));
    expect(page.totalCount).toBe(total);
    expect(page.numbers[0]?.tn).toBe(first);
  });

  it("pages the filtered list in number order", async () => {
    const third = await listActiveNumbers(staffViewer.tenant, query({ pageSize: "10", page: "3" }));
    expect(third).toMatchObject({ totalCount: 31, pageCount: 4, page: 3 });
    expect(third.numbers.map((n) => n.tn)).toEqual(Array.from({ length: 10 }, (_, i) => String(3039740120 + i)));
    expect((await listActiveNumbers(staffViewer.tenant, query({ pageSize: "10", page: "4" }))).numbers.map((n) => n.tn)).toEqual(["3039740130"]);
    expect((await listActiveNumbers(staffViewer.tenant, query({ pageSize: "10", page: "5" }))).numbers).toEqual([]);
  });

  it("shows a reseller only the numbers the mirror gives it, whatever the filters", async () => {
    const page = await listActiveNumbers(resellerViewer.tenant, query());
    expect(page.numbers.map((n) => n.tn)).toEqual(["3039740101", "3039740102"]);
    // A staff filter naming another sub-account does not reach past the slice.
    const other = await listActiveNumbers(resellerViewer.tenant, query({ subAccount: "none" }));
    expect(other.numbers.map((n) => n.tn)).toEqual(["3039740101", "3039740102"]);
  });

  it("says Lumen is unavailable with the portal's code when the report cannot be read", async () => {
    const fault = await sandbox.admin("POST", "/faults", { kind: "status", pattern: "*/inventoryDetails", status: 503 });
    expect(fault.status).toBeLessThan(300);
    try {
      const failure = await listActiveNumbers(staffViewer.tenant, query()).catch((error: unknown) => error);
      expect(toLumenReadProblem(failure)).toMatchObject({ code: "Lumen 503001", notConfigured: false });
    } finally {
      await sandbox.admin("DELETE", "/faults");
    }
  });
});

describe("a number's own page", () => {
  it("shows what Lumen and the mirror know now", async () => {
    const facts = await getNumber(staffViewer.tenant, "3039740001");
    expect(facts.mirror).toMatchObject({ status: "active", productId: "2042" });
    expect(facts.lumen).toMatchObject({ state: "active", productId: "2042", subscriber: "Larimer Bakery" });
    const reserved = await getNumber(staffViewer.tenant, "+13039740005");
    expect(reserved).toMatchObject({ tn: "3039740005", mirror: null, lumen: { state: "reserved", rateCenter: "DENVER" } });
    await expect(getNumber(staffViewer.tenant, "3039749999")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getNumber(staffViewer.tenant, "not-a-number")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getNumber(staffViewer.tenant, "%E0%A4%A")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("still opens a number the portal has no record of while Lumen is unavailable, saying Lumen could not be asked", async () => {
    await sandbox.admin("POST", "/faults", { kind: "status", pattern: "*/Numbers/*", method: "GET", status: 503 });
    try {
      const facts = await getNumber(staffViewer.tenant, "3039740005");
      expect(facts).toMatchObject({ tn: "3039740005", mirror: null, lumen: null });
      expect(toLumenReadProblem(facts.lumenError)).toMatchObject({ code: "Lumen 503001" });
    } finally {
      await sandbox.admin("DELETE", "/faults");
    }
  });

  it("shows a reseller its own numbers and no one else's", async () => {
    expect((await getNumber(resellerViewer.tenant, "3039740101")).lumen).toMatchObject({ state: "active", customerServiceName: "ACME-MAIN" });
    for (const tn of ["3039740103", "3039740130", "3039740001"]) {
      await expect(getNumber(resellerViewer.tenant, tn)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getNumberTimeline(resellerViewer.tenant, tn)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("tells the number's history across its orders, newest first, each entry naming its order", async () => {
    const timeline = await getNumberTimeline(staffViewer.tenant, "3039740001");
    const times = timeline.map((entry) => entry.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const typesInTimeOrder = timeline.toReversed().map((entry) => entry.order.type).filter((type, i, all) => type !== all[i - 1]);
    expect(typesInTimeOrder).toEqual(["reserve", "install", "change"]);
    expect(new Set(timeline.map((entry) => entry.order.id))).toEqual(new Set([orderIds.reserve, orderIds.install, orderIds.change]));
    expect(timeline.at(-1)).toMatchObject({ kind: "submitted", order: { id: orderIds.reserve } });
  });

  it("includes a cancel of an order on the number", async () => {
    const cancel = await testDb.order.create({
      data: {
        organizationId: org.id,
        type: "cancel",
        status: "rejected",
        parentOrderId: orderIds.change,
        idempotencyKey: idempotencyKey(),
        externalOrderId: `test-${idempotencyKey()}`,
        request: {},
        events: { create: { kind: "rejected", status: "rejected", lumenCode: 20238, message: "Too late to cancel." } },
      },
    });
    const [newest] = await getNumberTimeline(staffViewer.tenant, "3039740001");
    expect(newest).toMatchObject({ lumenCode: 20238, order: { id: cancel.id, type: "cancel", actsOn: "change" } });
  });
});

describe("notes on a number", () => {
  const notesUrl = (tn: string) => `/api/orgs/${org.slug}/numbers/${tn}/notes`;
  async function addNote(actor: Actor | null, tn: string, json: unknown) {
    const request = await requestAs(actor?.user.id ?? null, notesUrl(tn), { method: "POST", json });
    const response = await addNoteRoute(request as never, routeParams({ org: org.slug, tn }) as never);
    return { status: response.status, body: await response.json() };
  }
  async function readNotes(actor: Actor, tn: string) {
    const request = await requestAs(actor.user.id, notesUrl(tn));
    const response = await listNotesRoute(request as never, routeParams({ org: org.slug, tn }) as never);
    return { status: response.status, body: await response.json() };
  }

  it("keeps staff-only notes from the sub-account and shows it the shared ones, newest first", async () => {
    expect((await addNote(staffOperator, "3039740101", { body: "Customer disputes the March bill.", visibility: "staff" })).status).toBe(201);
    const shared = await addNote(staffOperator, "3039740101", { body: "Porting away next month, per the reseller.", visibility: "shared" });
    expect(shared.status).toBe(201);
    expect(shared.body.note).toMatchObject({ visibility: "shared", author: { email: expect.any(String) } });

    const staffView = await readNotes(staffViewer, "3039740101");
    expect(staffView.body.notes.map((n: { body: string }) => n.body)).toEqual(["Porting away next month, per the reseller.", "Customer disputes the March bill."]);
    const resellerView = await readNotes(resellerViewer, "3039740101");
    expect(resellerView.status).toBe(200);
    expect(resellerView.body.notes.map((n: { body: string }) => n.body)).toEqual(["Porting away next month, per the reseller."]);
  });

  it("lets a sub-account's operators add shared notes only", async () => {
    const staffOnly = await addNote(resellerOperator, "3039740102", { body: "Ours alone", visibility: "staff" });
    expect(staffOnly.status).toBe(403);
    expect(staffOnly.body.error.fieldErrors.visibility).toHaveLength(1);
    expect((await addNote(resellerOperator, "3039740102", { body: "Subscriber moved to suite 4.", visibility: "shared" })).status).toBe(201);
    expect((await readNotes(staffViewer, "3039740102")).body.notes).toHaveLength(1);
  });

  it("lets viewers read but not write", async () => {
    expect((await addNote(staffViewer, "3039740101", { body: "A viewer's note", visibility: "staff" })).status).toBe(403);
    expect((await addNote(resellerViewer, "3039740101", { body: "A viewer's note", visibility: "shared" })).status).toBe(403);
    expect((await addNote(null, "3039740101", { body: "Anyone", visibility: "shared" })).status).toBe(401);
  });

  it("answers 404 for another sub-account's number, to read or to write", async () => {
    expect((await readNotes(resellerViewer, "3039740103")).status).toBe(404);
    expect((await addNote(resellerOperator, "3039740103", { body: "Not mine", visibility: "shared" })).status).toBe(404);
    const stranger = await tenantFor(await createTestOrganization("elsewhere"), "owner");
    expect((await readNotes(stranger, "3039740101")).status).toBe(404);
  });

  it("refuses an empty note with the form's message", async () => {
    const empty = await addNote(staffOperator, "3039740101", { body: "   ", visibility: "staff" });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fieldErrors.body).toEqual(["Write the note first."]);
  });

  it("records a number the portal never ordered when staff note it, from what Lumen reports", async () => {
    expect((await readNotes(staffViewer, "3039740125")).body.notes).toEqual([]);
    expect((await addNote(staffOperator, "3039740125", { body: "Checked with the subscriber.", visibility: "staff" })).status).toBe(201);
    const row = await testDb.telephoneNumber.findUnique({ where: { organizationId_tn: { organizationId: org.id, tn: "3039740125" } } });
    expect(row).toMatchObject({ status: "active", productId: "2036", customerServiceName: "ACME-MAIN", subAccountId: null });
    expect((await addNote(staffOperator, "3039749999", { body: "Nowhere", visibility: "staff" })).status).toBe(404);
  });
});

describe("the active numbers CSV", () => {
  async function download(actor: Actor, search: string) {
    const request = await requestAs(actor.user.id, `/api/orgs/${org.slug}/numbers/active.csv?${search}`);
    const response = await activeCsv(request as never, routeParams({ org: org.slug }) as never);
    return { response, lines: (await response.text()).trim().split(/\r?\n/) };
  }

  it("holds the filtered rows under a header, as an attachment", async () => {
    const { response, lines } = await download(staffViewer, "product=2042");
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="active-numbers-.+\.csv"/);
    expect(lines).toEqual([
      "telephoneNumber,productID,customerType,subscriber,serviceAddress,e911Address,customerServiceName,subAccount",
      `3039740001,2042,B,Larimer Bakery,"9 Larimer St, Denver, CO 80202","9 Larimer St, Denver, CO 80202",,`,
    ]);
    expect((await download(staffViewer, `subAccount=${resellerId}&page=2`)).lines).toHaveLength(3);
  });

  it("gives a reseller its slice without the sub-account column, and refuses a bad filter", async () => {
    const { lines } = await download(resellerViewer, "");
    expect(lines[0]).not.toContain("subAccount");
    expect(lines.slice(1).map((line) => line.slice(0, 10))).toEqual(["3039740101", "3039740102"]);
    expect((await download(staffViewer, "product=9999")).response.status).toBe(422);
  });
});

describe("one view's read of Lumen's report", () => {
  const reportPages = (wire: { count: (method: string, path: string) => number }) => wire.count("GET", "/Numbers/inventoryDetails");

  /** A number Lumen now reports active that the view's earlier read did not have. */
  function activateAtLumen(tn: string) {
    const { tns } = sandbox.server.sandbox.state;
    tns[tn] = { ...tns["3039740130"]!, tn };
    return () => void delete tns[tn];
  }

  it("serves the view's other pages and filters from its read, and only a new read shows Lumen's changes", async () => {
    const { client, wire } = createTestClient(sandbox);
    const first = await listActiveNumbers(staffViewer.tenant, query({ pageSize: "10" }), { client });
    expect(first.totalCount).toBe(31);
    expect(reportPages(wire)).toBe(1);

    const undo = activateAtLumen("3039740199");
    try {
      const reportId = first.report.id;
      const later = await listActiveNumbers(staffViewer.tenant, query({ pageSize: "10", page: "4" }), { client, reportId });
      const filtered = await listActiveNumbers(staffViewer.tenant, query({ q: "dental", subAccount: resellerId }), { client, reportId });
      expect(reportPages(wire)).toBe(1);
      expect(later).toMatchObject({ report: first.report, totalCount: 31, numbers: [{ tn: "3039740130" }] });
      expect(filtered.numbers.map((n) => n.tn)).toEqual(["3039740101", "3039740102"]);
      // The mirror is read every time: only Lumen's report is the view's.
      expect(later.numbers[0]).toMatchObject({ mirrorStatus: null, subAccount: null });

      const fresh = await listActiveNumbers(staffViewer.tenant, query({ pageSize: "10", page: "4" }), { client });
      expect(reportPages(wire)).toBe(2);
      expect(fresh.report.id).not.toBe(reportId);
      expect(fresh.report.readAt.getTime()).toBeGreaterThanOrEqual(first.report.readAt.getTime());
      expect(fresh).toMatchObject({ totalCount: 32, numbers: [{ tn: "3039740130" }, { tn: "3039740199" }] });
    } finally {
      undo();
    }
  });

  it("reads again for another customer service name, another organization or an id it does not keep", async () => {
    const { client, wire } = createTestClient(sandbox);
    const whole = await listActiveNumbers(staffViewer.tenant, query(), { client });
    const named = await listActiveNumbers(staffViewer.tenant, query({ customerServiceName: "ACME-MAIN" }), { client, reportId: whole.report.id });
    expect(reportPages(wire)).toBe(2);
    expect(named.report.id).not.toBe(whole.report.id);
    expect(named.totalCount).toBe(30);
    // The named read serves that name again.
    await listActiveNumbers(staffViewer.tenant, query({ customerServiceName: "ACME-MAIN", product: "2036" }), { client, reportId: named.report.id });
    expect(reportPages(wire)).toBe(2);

    const stranger = await tenantFor(await createTestOrganization("report-stranger"), "owner");
    const theirs = await listActiveNumbers(stranger.tenant, query(), { client, reportId: whole.report.id });
    expect(reportPages(wire)).toBe(3);
    expect(theirs.report.id).not.toBe(whole.report.id);
    expect(theirs.numbers.every((n) => n.subAccount === null && n.mirrorStatus === null)).toBe(true); // nothing of Acme's mirror

    await listActiveNumbers(staffViewer.tenant, query(), { client, reportId: randomUUID() });
    expect(reportPages(wire)).toBe(4);
    expect(reportIdFrom("not-a-report")).toBeUndefined();
    expect(reportIdFrom([whole.report.id])).toBe(whole.report.id);
  });

  it("cuts a read made for staff to a reseller's own numbers", async () => {
    const { client, wire } = createTestClient(sandbox);
    const staffRead = await listActiveNumbers(staffViewer.tenant, query(), { client });
    const reseller = await listActiveNumbers(resellerViewer.tenant, query(), { client, reportId: staffRead.report.id });
    expect(reportPages(wire)).toBe(1);
    expect(reseller.report.id).toBe(staffRead.report.id);
    expect(reseller.numbers.map((n) => n.tn)).toEqual(["3039740101", "3039740102"]);
  });

  it("gives the CSV the view's read when its address names it", async () => {
    const { client } = createTestClient(sandbox);
    const view = await listActiveNumbers(staffViewer.tenant, query({ q: "3039740199" }), { client });
    const undo = activateAtLumen("3039740199");
    try {
      const numbersIn = async (search: string) => {
        const request = await requestAs(staffViewer.user.id, `/api/orgs/${org.slug}/numbers/active.csv?${search}`);
        const lines = (await (await activeCsv(request as never, routeParams({ org: org.slug }) as never)).text()).trim().split(/\r?\n/);
        return lines.length - 1;
      };
      expect(await numbersIn(`q=3039740199&report=${view.report.id}`)).toBe(0);
      expect(await numbersIn("q=3039740199")).toBe(1);
    } finally {
      undo();
    }
  });
});
