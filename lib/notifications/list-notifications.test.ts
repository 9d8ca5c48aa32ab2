import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GET as getNotifications } from "@/app/api/orgs/[org]/notifications/route";
import { GET as getNotification } from "@/app/api/orgs/[org]/notifications/[id]/route";
import type { OrderType } from "@/lib/db/generated/enums";
import { tenantFor } from "@/test/order-fixtures";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { ingestNotification, recordMalformedNotification } from "./ingest-notification";
import { WITHHELD_CUSTOMER_NUMBER } from "./get-notification-or-throw";
import { listNotifications } from "./list-notifications";

// The notifications list through the real ingestion path and the real route handlers:
// each filter narrows to exactly the notifications it names, paging adds up, and a
// reseller sees the notifications of its own orders and nothing else.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let org: Org;
let otherOrg: Org;
const run = randomUUID().slice(0, 6).toUpperCase();
const vo = (name: string) => `VO-${run}-${name}`;
const orders: Record<string, { id: string; externalOrderId: string }> = {};
const ids: Record<string, string> = {};
const subAccounts: Record<string, string> = {};
const users: Record<string, string> = {};
let staff: Awaited<ReturnType<typeof tenantFor>>["tenant"];
let reseller: Awaited<ReturnType<typeof tenantFor>>["tenant"];

async function createOrder(name: string, type: OrderType, options: { subAccountId?: string; tns?: string[] } = {}) {
  const order = await testDb.order.create({
    data: {
      organizationId: org.id,
      subAccountId: options.subAccountId ?? null,
      type,
      status: "accepted",
      idempotencyKey: `key-${randomUUID()}`,
      externalOrderId: `ext-${randomUUID()}`,
      voiceOrderId: vo(name),
      request: {},
    },
  });
  for (const tn of options.tns ?? []) {
    const number = await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId: options.subAccountId ?? null, tn, status: "pending" } });
    await testDb.orderTelephoneNumber.create({ data: { orderId: order.id, telephoneNumberId: number.id } });
  }
  orders[name] = order;
}

/** The partner's account name at Lumen, as a poll row and as Lumen's XML carry it. */
const PARTNER_AT_LUMEN = 'Prairie & "Plains" Telecom';
const PARTNER_AT_LUMEN_XML = "Prairie &amp; &quot;Plains&quot; Telecom";

/** Ingests a notification as Lumen would send it, then dates its arrival (`day`, `hour` UTC). */
async function receive(key: string, voiceOrder: string, code: number, source: "webhook" | "poll", receivedAt: string, target: Org = org) {
  const notification = { customerNumber: target.customerNumber, voiceOrderId: vo(voiceOrder), notificationCode: code, notificationMessage: `Message ${code}`, lumenCreatedAt: new Date(receivedAt) };
  const rawBody =
    source === "webhook"
      ? `<?xml version="1.0"?><PartnerNotification><customerNumber>${target.customerNumber}</customerNumber><customerName>${PARTNER_AT_LUMEN_XML}</customerName><orderNumber>${notification.voiceOrderId}</orderNumber><voiceOrderStatus><notificationCode>${code}</notificationCode></voiceOrderStatus></PartnerNotification>`
      : JSON.stringify({ ...notification, customerName: PARTNER_AT_LUMEN });
  const result = await ingestNotification({ organizationId: target.id, source, rawBody, notification });
  await testDb.notification.update({ where: { id: result.notificationId }, data: { receivedAt: new Date(receivedAt) } });
  ids[key] = result.notificationId;
  return result;
}

const listIds = async (tenant: typeof staff, query: Record<string, unknown>) => (await listNotifications(tenant, query)).notifications.map((n) => n.id);
const named = (...keys: string[]) => keys.map((key) => ids[key]);

beforeAll(async () => {
  org = await createTestOrganization("notif");
  otherOrg = await createTestOrganization("notifother");
  for (const name of ["s1", "s2"]) {
    subAccounts[name] = (await testDb.subAccount.create({ data: { organizationId: org.id, name: `Reseller ${name} ${run}`, customerServiceNames: [] } })).id;
  }
  await createOrder("reserve", "reserve", { tns: ["3035550101"] });
  await createOrder("install", "install", { subAccountId: subAccounts.s1, tns: ["3035550102"] });
  await createOrder("port", "port", { subAccountId: subAccounts.s2 });

  // Newest first in the list: "malformed" is the latest, "reserve901" the earliest.
  expect((await receive("reserve901", "reserve", 901, "webhook", "2026-03-01T08:00:00Z")).outcome).toBe("applied");
  await receive("install901", "install", 901, "webhook", "2026-03-01T09:00:00Z");
  await receive("port903", "port", 903, "webhook", "2026-03-02T08:00:00Z");
  await receive("install902", "install", 902, "poll", "2026-03-02T09:00:00Z");
  expect((await receive("unmatched901", "nobody", 901, "webhook", "2026-03-03T08:00:00Z")).outcome).toBe("unmatched");
  expect((await receive("reserveUnknown", "reserve", 55555, "webhook", "2026-03-03T09:00:00Z")).outcome).toBe("unknown_code");
  await receive("reserve10002", "reserve", 10002, "poll", "2026-03-04T08:00:00Z");
  const malformed = await recordMalformedNotification({ organizationId: org.id, source: "webhook", rawBody: "<PartnerNotification>", error: "Unclosed tag" });
  await testDb.notification.update({ where: { id: malformed.notificationId }, data: { receivedAt: new Date("2026-03-04T09:00:00Z") } });
  ids.malformed = malformed.notificationId;
  // The same 10002 polled again: counted as a delivery, not listed twice.
  expect((await receive("reserve10002", "reserve", 10002, "poll", "2026-03-04T08:00:00Z")).duplicate).toBe(true);

  await receive("other901", "reserve", 901, "webhook", "2026-03-01T08:00:00Z", otherOrg);

  ({ tenant: staff } = await tenantFor(org, "viewer"));
  const resellerUser = await tenantFor(org, "admin", subAccounts.s1);
  reseller = resellerUser.tenant;
  users.viewer = staff.userId;
  users.reseller = resellerUser.user.id;
  users.otherOwner = (await createTestUser(otherOrg.id, "owner")).id;
});

const ALL = ["malformed", "reserve10002", "reserveUnknown", "unmatched901", "install902", "port903", "install901", "reserve901"];

describe(`the notifications list (${inject("databaseKind")})`, () => {
  it("lists every notification of the organization once, newest received first, with its deliveries", async () => {
    const page = await listNotifications(staff, {});
    expect(page.notifications.map((n) => n.id)).toEqual(named(...ALL));
    expect(page.total).toBe(8);
    expect(page.notifications.find((n) => n.id === ids.reserve10002)).toMatchObject({ deliveries: 2, source: "poll", outcome: "applied", order: { id: orders.reserve!.id } });
    expect(page.notifications.find((n) => n.id === ids.unmatched901)).toMatchObject({ order: null, voiceOrderId: vo("nobody") });
    expect(page.notifications.find((n) => n.id === ids.malformed)).toMatchObject({ outcome: "malformed", error: "Unclosed tag", notificationCode: null });
  });

  it("narrows by code", async () => {
    expect(await listIds(staff, { code: "901" })).toEqual(named("unmatched901", "install901", "reserve901"));
    expect(await listIds(staff, { code: 55555 })).toEqual(named("reserveUnknown"));
    expect(await listIds(staff, { code: "906" })).toEqual([]);
  });

  it("narrows by order, named by its voice order ID, external order ID or portal ID", async () => {
    const reserveNotifications = named("reserve10002", "reserveUnknown", "reserve901");
    expect(await listIds(staff, { order: vo("reserve") })).toEqual(reserveNotifications);
    expect(await listIds(staff, { order: orders.reserve!.externalOrderId })).toEqual(reserveNotifications);
    expect(await listIds(staff, { order: orders.reserve!.id })).toEqual(reserveNotifications);
    // A voice order ID no order has yet finds the notifications waiting for it.
    expect(await listIds(staff, { order: vo("nobody") })).toEqual(named("unmatched901"));
    expect(await listIds(staff, { order: "no-such-order" })).toEqual([]);
  });

  it("narrows by a telephone number of the order, in 10 digits or E.164", async () => {
    const installNotifications = named("install902", "install901");
    expect(await listIds(staff, { tn: "3035550102" })).toEqual(installNotifications);
    expect(await listIds(staff, { tn: "+13035550102" })).toEqual(installNotifications);
    expect(await listIds(staff, { tn: "(303) 555-0102" })).toEqual(installNotifications);
    expect(await listIds(staff, { tn: "3035550199" })).toEqual([]);
  });

  it("narrows by source and by outcome", async () => {
    expect(await listIds(staff, { source: "poll" })).toEqual(named("reserve10002", "install902"));
    expect(await listIds(staff, { source: "webhook" })).toHaveLength(6);
    expect(await listIds(staff, { outcome: "unmatched" })).toEqual(named("unmatched901"));
    expect(await listIds(staff, { outcome: "unknown_code" })).toEqual(named("reserveUnknown"));
    expect(await listIds(staff, { outcome: "malformed" })).toEqual(named("malformed"));
    expect(await listIds(staff, { outcome: "applied" })).toEqual(named("reserve10002", "install902", "port903", "install901", "reserve901"));
  });

  it("narrows by the day received (UTC), both ends included", async () => {
    expect(await listIds(staff, { from: "2026-03-02", to: "2026-03-03" })).toEqual(named("reserveUnknown", "unmatched901", "install902", "port903"));
    expect(await listIds(staff, { from: "2026-03-04" })).toEqual(named("malformed", "reserve10002"));
    expect(await listIds(staff, { to: "2026-03-01" })).toEqual(named("install901", "reserve901"));
  });

  it("combines filters", async () => {
    expect(await listIds(staff, { order: vo("reserve"), source: "poll" })).toEqual(named("reserve10002"));
    expect(await listIds(staff, { tn: "3035550102", code: "902", from: "2026-03-02", to: "2026-03-02" })).toEqual(named("install902"));
    expect(await listIds(staff, { tn: "3035550101", order: vo("install") })).toEqual([]);
  });

  it("pages on the server with a total, every row on exactly one page", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listNotifications(staff, { pageSize: "3", page: String(page) })));
    expect(pages.map((p) => [p.total, p.pageCount, p.notifications.length])).toEqual([
      [8, 3, 3],
      [8, 3, 3],
      [8, 3, 2],
      [8, 3, 0],
    ]);
    expect(pages.flatMap((p) => p.notifications.map((n) => n.id))).toEqual(named(...ALL));
    const filtered = await listNotifications(staff, { code: "901", pageSize: 2, page: 2 });
    expect([filtered.total, filtered.pageCount, filtered.notifications.map((n) => n.id)]).toEqual([3, 2, named("reserve901")]);
  });

  it("shows a reseller the notifications of its own orders only, never unmatched or malformed ones", async () => {
    expect(await listIds(reseller, {})).toEqual(named("install902", "install901"));
    expect((await listNotifications(reseller, {})).total).toBe(2);
    expect(await listIds(reseller, { code: "901" })).toEqual(named("install901"));
    expect(await listIds(reseller, { outcome: "unmatched" })).toEqual([]);
    expect(await listIds(reseller, { outcome: "malformed" })).toEqual([]);
    expect(await listIds(reseller, { order: vo("nobody") })).toEqual([]);
    expect(await listIds(reseller, { order: orders.port!.id })).toEqual([]);
    expect(await listIds(reseller, { tn: "3035550101" })).toEqual([]);
  });
});

const call = async (handler: (req: never, ctx: never) => Promise<Response>, userId: string | null, url: string, params: Record<string, string>) => {
  const response = await handler((await requestAs(userId, url)) as never, routeParams(params) as never);
  return { status: response.status, body: await response.json() };
};

describe(`GET /api/orgs/[org]/notifications (${inject("databaseKind")})`, () => {
  it("lists with the same filters as the page, and refuses a filter it cannot read with 422", async () => {
    const ok = await call(getNotifications, users.viewer!, `/api/orgs/${org.slug}/notifications?source=poll&pageSize=1`, { org: org.slug });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ total: 2, pageCount: 2, page: 1, notifications: [{ id: ids.reserve10002 }] });
    expect(JSON.stringify(ok.body)).not.toContain("rawBody");

    for (const query of ["tn=555", "code=abc", "from=2026-02-30", "from=2026-03-04&to=2026-03-01", "outcome=lost"]) {
      const refused = await call(getNotifications, users.viewer!, `/api/orgs/${org.slug}/notifications?${query}`, { org: org.slug });
      expect(refused.status, query).toBe(422);
      expect(refused.body.error.code).toBe("VALIDATION_FAILED");
    }
  });

  it("answers 404 to a member of another organization and 401 to nobody", async () => {
    expect((await call(getNotifications, users.otherOwner!, "/api/x", { org: org.slug })).status).toBe(404);
    expect((await call(getNotifications, null, "/api/x", { org: org.slug })).status).toBe(401);
  });
});

describe(`GET /api/orgs/[org]/notifications/[id] (${inject("databaseKind")})`, () => {
  it("returns the notification with its body as received", async () => {
    const { status, body } = await call(getNotification, users.viewer!, "/api/x", { org: org.slug, id: ids.install901! });
    expect(status).toBe(200);
    expect(body.notification).toMatchObject({ id: ids.install901, source: "webhook", notificationCode: 901, order: { id: orders.install!.id } });
    expect(body.notification.rawBody).toContain("<PartnerNotification>");
  });

  it("answers 404 for another organization's notification, named by id", async () => {
    expect((await call(getNotification, users.viewer!, "/api/x", { org: org.slug, id: ids.other901! })).status).toBe(404);
    expect((await call(getNotification, users.otherOwner!, "/api/x", { org: otherOrg.slug, id: ids.install901! })).status).toBe(404);
    expect((await call(getNotification, users.otherOwner!, "/api/x", { org: otherOrg.slug, id: ids.other901! })).status).toBe(200);
  });

  it("shows a reseller its own notifications and answers 404 for another slice's, an unmatched or a malformed one", async () => {
    expect((await call(getNotification, users.reseller!, "/api/x", { org: org.slug, id: ids.install902! })).status).toBe(200);
    for (const key of ["port903", "unmatched901", "malformed", "reserve901"]) {
      expect((await call(getNotification, users.reseller!, "/api/x", { org: org.slug, id: ids[key]! })).status, key).toBe(404);
    }
  });

  it("withholds the partner's customer number from a reseller, in the fields and in the body", async () => {
    const asStaff = (await call(getNotification, users.viewer!, "/api/x", { org: org.slug, id: ids.install902! })).body.notification;
    expect(asStaff).toMatchObject({ customerNumber: org.customerNumber, customerNumberWithheld: false });
    expect(asStaff.rawBody).toContain(org.customerNumber);

    const asReseller = (await call(getNotification, users.reseller!, "/api/x", { org: org.slug, id: ids.install902! })).body.notification;
    expect(asReseller).toMatchObject({ customerNumber: null, customerNumberWithheld: true, voiceOrderId: vo("install"), notificationCode: 902 });
    expect(asReseller.rawBody).not.toContain(org.customerNumber);
    expect(JSON.parse(asReseller.rawBody)).toMatchObject({ customerNumber: WITHHELD_CUSTOMER_NUMBER, customerName: WITHHELD_CUSTOMER_NUMBER, voiceOrderId: vo("install") });
  });

  it("withholds the partner's account name at Lumen from a reseller, in a poll row and in Lumen's XML", async () => {
    const staffPoll = (await call(getNotification, users.viewer!, "/api/x", { org: org.slug, id: ids.install902! })).body.notification;
    expect(JSON.parse(staffPoll.rawBody).customerName).toBe(PARTNER_AT_LUMEN);
    const staffXml = (await call(getNotification, users.viewer!, "/api/x", { org: org.slug, id: ids.install901! })).body.notification;
    expect(staffXml.rawBody).toContain(PARTNER_AT_LUMEN_XML);

    const resellerXml = (await call(getNotification, users.reseller!, "/api/x", { org: org.slug, id: ids.install901! })).body.notification;
    expect(resellerXml.rawBody).not.toContain("Prairie");
    expect(resellerXml.rawBody).not.toContain(org.customerNumber);
    expect(resellerXml.rawBody).toContain(`<customerName>${WITHHELD_CUSTOMER_NUMBER}</customerName><orderNumber>${vo("install")}</orderNumber>`);
  });
});
