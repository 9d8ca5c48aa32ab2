import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { AlertKind, OrderStatus, OrderType } from "@/lib/db/generated/enums";
import type { IncomingNotification } from "@/lib/notifications/incoming-notification";
import { ingestNotification, reapplyNotification } from "@/lib/notifications/ingest-notification";
import { effectOf } from "@/lib/notifications/notification-effects";
import { createTestOrganization, createTestUser, testDb } from "@/test/fixtures";
import { queueAlertsForNotification } from "./queue-alerts";

// Alerts through the real ingestion on the real database: who gets a mail in the outbox
// for which notification, and that nothing is mailed twice.

process.env.PORTAL_URL = "https://portal.example/";

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let org: Org;
let otherOrg: Org;
const sub: Record<"s1" | "s2" | "suspended", string> = { s1: "", s2: "", suspended: "" };
const users: Record<string, { id: string; email: string }> = {};

async function subscribe(user: { id: string }, organizationId: string, kinds: AlertKind[]) {
  await testDb.alertSubscription.createMany({ data: kinds.map((kind) => ({ userId: user.id, organizationId, kind })) });
}

beforeAll(async () => {
  org = await createTestOrganization("alerts");
  otherOrg = await createTestOrganization("alerts-other");
  for (const name of ["s1", "s2", "suspended"] as const) {
    sub[name] = (await testDb.subAccount.create({ data: { organizationId: org.id, name: `Reseller ${name}`, customerServiceNames: [] } })).id;
  }
  await testDb.subAccount.update({ where: { id: sub.suspended }, data: { suspendedAt: new Date() } });

  users.backorderViewer = await createTestUser(org.id, "viewer");
  users.rejectionOwner = await createTestUser(org.id, "owner");
  users.focOperator = await createTestUser(org.id, "operator");
  users.unsubscribed = await createTestUser(org.id, "admin");
  users.reseller1 = await createTestUser(org.id, "operator", { subAccountId: sub.s1 });
  users.reseller2 = await createTestUser(org.id, "viewer", { subAccountId: sub.s2 });
  users.resellerSuspended = await createTestUser(org.id, "operator", { subAccountId: sub.suspended });
  users.otherOrgOwner = await createTestUser(otherOrg.id, "owner");

  await subscribe(users.backorderViewer, org.id, ["backorder_waiting"]);
  await subscribe(users.rejectionOwner, org.id, ["rejection"]);
  await subscribe(users.focOperator, org.id, ["foc_scheduled"]);
  for (const reseller of [users.reseller1, users.reseller2, users.resellerSuspended]) await subscribe(reseller!, org.id, ["backorder_waiting", "rejection", "foc_scheduled"]);
  await subscribe(users.otherOrgOwner, otherOrg.id, ["backorder_waiting", "rejection", "foc_scheduled"]);
});

async function createOrder(type: OrderType, options: { subAccountId?: string; status?: OrderStatus; tns?: string[] } = {}) {
  const order = await testDb.order.create({
    data: {
      organizationId: org.id,
      subAccountId: options.subAccountId ?? null,
      type,
      productId: "2036",
      status: options.status ?? "accepted",
      idempotencyKey: randomUUID(),
      externalOrderId: `vp-${randomUUID()}`,
      voiceOrderId: `VO${randomUUID().slice(0, 10)}`,
      request: {},
    },
  });
  for (const tn of options.tns ?? []) {
    const number = await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId: options.subAccountId ?? null, tn, status: "pending" } });
    await testDb.orderTelephoneNumber.create({ data: { orderId: order.id, telephoneNumberId: number.id } });
  }
  return order;
}

let second = 0;
function notification(voiceOrderId: string, code: number, extra: Partial<IncomingNotification> = {}): IncomingNotification {
  second += 1;
  return {
    customerNumber: org.customerNumber,
    voiceOrderId,
    notificationCode: code,
    notificationMessage: `message ${code}`,
    lumenCreatedAt: new Date(Date.now() - 60_000 + second * 1000),
    ...extra,
  };
}

const ingest = (n: IncomingNotification) => ingestNotification({ organizationId: org.id, source: "webhook", rawBody: JSON.stringify(n), notification: n });

/** The outbox mails about one order, by recipient. */
async function mailsAbout(order: { id: string }) {
  const mails = await testDb.outboxMail.findMany({ where: { textBody: { contains: `/orders/${order.id}` } }, orderBy: { toAddress: "asc" } });
  return mails;
}
const recipientsOf = async (order: { id: string }) => (await mailsAbout(order)).map((mail) => mail.toAddress);
const emails = (...names: string[]) => names.map((name) => users[name]!.email).sort();

describe(`alert mails from ingested notifications (${inject("databaseKind")})`, () => {
  it("mails a backorder waiting once to its subscriber, with the deadline, the numbers available and the order's link", async () => {
    const order = await createOrder("reserve");
    const n = notification(order.voiceOrderId!, 10001, {
      notificationMessage: "Requested amount exceeds the 3 telephone numbers available. Please select one of the following actions to proceed.",
      rateCenter: "DENVER",
      state: "CO",
    });
    const first = await ingest(n);
    expect(first.outcome).toBe("applied");

    const mails = await mailsAbout(order);
    expect(mails.map((mail) => mail.toAddress)).toEqual(emails("backorderViewer"));
    const [mail] = mails;
    const stored = await testDb.order.findUniqueOrThrow({ where: { id: order.id } });
    const deadline = `${stored.approvalDeadline!.toISOString().slice(0, 10)} ${stored.approvalDeadline!.toISOString().slice(11, 16)} UTC`;
    expect(mail!.organizationId).toBe(org.id);
    expect(mail!.dedupeKey).toBe(`${first.notificationId}:${users.backorderViewer!.id}`);
    expect(mail!.subject).toContain(`Decision needed by`);
    expect(mail!.subject).toContain(deadline);
    expect(mail!.subject).toContain(`Reserve order ${order.voiceOrderId}`);
    expect(mail!.textBody).toContain("It has 3 numbers available");
    expect(mail!.textBody).toContain(`https://portal.example/${org.slug}/orders/${order.id}`);
    expect(mail!.textBody).toContain(`externalOrderID:  ${order.externalOrderId}`);
    expect(mail!.textBody).toContain("(Lumen code 10001)");
    expect(mail!.sentAt).toBeNull();

    // The same notification again by webhook, then replayed: nobody gets a second mail.
    expect((await ingest(n)).duplicate).toBe(true);
    await reapplyNotification(org.id, first.notificationId);
    expect(await mailsAbout(order)).toHaveLength(1);
  });

  it("writes each recipient's mail once however often one notification is queued", async () => {
    const order = await createOrder("install", { status: "rejected" });
    const n = notification(order.voiceOrderId!, 1303);
    const { notificationId } = await ingest(n);
    const applied = {
      notificationId,
      organizationId: org.id,
      order: { ...order, type: order.type as string, status: "rejected" as const },
      focDateBefore: null,
      notification: n,
      effect: effectOf(1303, false),
    };
    await testDb.$transaction((tx) => queueAlertsForNotification(tx, applied));
    await testDb.$transaction((tx) => queueAlertsForNotification(tx, applied));
    expect(await recipientsOf(order)).toEqual(emails("rejectionOwner"));
  });

  it("mails no decision request for a backorder offer on an order that no longer waits", async () => {
    const order = await createOrder("reserve", { status: "completed" });
    await ingest(notification(order.voiceOrderId!, 10001, { notificationMessage: "Requested amount exceeds the 2 telephone numbers available." }));
    expect(await recipientsOf(order)).toEqual([]);
  });

  it("mails a reseller's user about its own sub-account's rejected orders only; staff about all", async () => {
    const ofS1 = await createOrder("install", { subAccountId: sub.s1 });
    const ofS2 = await createOrder("install", { subAccountId: sub.s2 });
    const ofStaff = await createOrder("install");
    for (const order of [ofS1, ofS2, ofStaff]) await ingest(notification(order.voiceOrderId!, 20063));

    expect(await recipientsOf(ofS1)).toEqual(emails("rejectionOwner", "reseller1"));
    expect(await recipientsOf(ofS2)).toEqual(emails("rejectionOwner", "reseller2"));
    expect(await recipientsOf(ofStaff)).toEqual(emails("rejectionOwner"));
    const [mail] = await mailsAbout(ofS1);
    expect(mail!.subject).toContain(`Rejected (code 20063): Install order ${ofS1.voiceOrderId}`);
    expect(mail!.textBody).toContain("The customer service name is not one of this customer's.");
  });

  it("writes a sub-account's order's alert as one mail per person, so no reseller sees a staff address or the other way round", async () => {
    const order = await createOrder("install", { subAccountId: sub.s1 });
    await ingest(notification(order.voiceOrderId!, 20063));
    const mails = await mailsAbout(order);
    expect(mails.map((mail) => mail.toAddress)).toEqual(emails("rejectionOwner", "reseller1"));
    for (const mail of mails) {
      expect(mail.toAddress).not.toMatch(/[,;]/);
      const others = mails.filter((other) => other.toAddress !== mail.toAddress).map((other) => other.toAddress);
      for (const address of others) expect(`${mail.subject}\n${mail.textBody}`).not.toContain(address);
    }
  });

  it("mails nobody of a suspended sub-account", async () => {
    const order = await createOrder("install", { subAccountId: sub.suspended });
    await ingest(notification(order.voiceOrderId!, 1616));
    expect(await recipientsOf(order)).toEqual(emails("rejectionOwner"));
  });

  it("mails a refused cancel as a rejection, saying the order stands", async () => {
    const order = await createOrder("port", { status: "in_progress" });
    await ingest(notification(order.voiceOrderId!, 20066));
    const [mail] = await mailsAbout(order);
    expect(mail!.toAddress).toBe(users.rejectionOwner!.email);
    expect(mail!.subject).toContain("Cancel refused (code 20066)");
  });

  it("mails an FOC only once the date is set, with the date once for all the port's numbers", async () => {
    const order = await createOrder("port", { subAccountId: sub.s1, tns: [`30355${randomDigits(5)}`, `72055${randomDigits(5)}`] });
    await ingest(notification(order.voiceOrderId!, 903));
    expect(await recipientsOf(order)).toEqual([]);

    await ingest(notification(order.voiceOrderId!, 903, { focDate: new Date(Date.UTC(2026, 11, 3)) }));
    expect(await recipientsOf(order)).toEqual(emails("focOperator", "reseller1"));
    const [mail] = await mailsAbout(order);
    expect(mail!.subject).toContain(`FOC date Thu 2026-12-03: Port in order ${order.voiceOrderId}`);
    expect(mail!.textBody).toMatch(/FOC date: Thu 2026-12-03, for all 2 numbers \(\(303\) 55\d-\d{4}, \(720\) 55\d-\d{4}\)/);
  });

  it("mails a change to the port only when it moves the FOC date", async () => {
    const order = await createOrder("port", { tns: [`30355${randomDigits(5)}`] });
    const december3 = new Date(Date.UTC(2026, 11, 3));
    await ingest(notification(order.voiceOrderId!, 903, { focDate: december3 }));
    expect(await mailsAbout(order)).toHaveLength(1);

    // A supplement that changed only the customer type: Lumen confirms the same date.
    await ingest(notification(order.voiceOrderId!, 904, { focDate: december3 }));
    expect(await mailsAbout(order)).toHaveLength(1);

    await ingest(notification(order.voiceOrderId!, 904, { focDate: new Date(Date.UTC(2026, 11, 8)) }));
    const mails = await mailsAbout(order);
    expect(mails).toHaveLength(2);
    expect(mails.map((mail) => mail.subject)).toContainEqual(expect.stringContaining("FOC date Tue 2026-12-08"));
  });

  it("mails nothing to a member who chose no alerts, nor to another organization's subscriber", async () => {
    const all = await testDb.outboxMail.findMany({ where: { organizationId: org.id }, select: { toAddress: true } });
    expect(all.length).toBeGreaterThan(0);
    const addresses = new Set(all.map((mail) => mail.toAddress));
    expect(addresses.has(users.unsubscribed!.email)).toBe(false);
    expect(addresses.has(users.otherOrgOwner!.email)).toBe(false);
    expect(await testDb.outboxMail.count({ where: { toAddress: users.otherOrgOwner!.email } })).toBe(0);
  });
});

function randomDigits(count: number): string {
  return Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join("");
}
