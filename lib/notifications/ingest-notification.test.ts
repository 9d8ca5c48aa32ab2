import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import { createTestOrganization, createTestUser, testDb } from "@/test/fixtures";
import type { IncomingNotification } from "./incoming-notification";
import { applyOverlookedNotifications } from "./apply-overlooked-notifications";
import { applyWaitingNotifications, ingestNotification, reapplyNotification } from "./ingest-notification";

// Ingestion against the real database: what each kind of notification does to its order,
// its numbers and the orders acting on it, and that nothing is applied twice.

let org: Awaited<ReturnType<typeof createTestOrganization>>;
beforeAll(async () => {
  org = await createTestOrganization("ingest");
});

async function createOrder(type: OrderType, options: { status?: OrderStatus; voiceOrderId?: string | null; parentOrderId?: string; tns?: string[]; tnStatus?: "reserved" | "pending" | "active" } = {}) {
  const voiceOrderId = options.voiceOrderId === undefined ? `VO${randomUUID().slice(0, 10)}` : options.voiceOrderId;
  const order = await testDb.order.create({
    data: {
      organizationId: org.id,
      type,
      productId: "2036",
      status: options.status ?? "accepted",
      idempotencyKey: randomUUID(),
      externalOrderId: `vp-${randomUUID()}`,
      voiceOrderId: options.parentOrderId ? (await testDb.order.findUniqueOrThrow({ where: { id: options.parentOrderId } })).voiceOrderId : voiceOrderId,
      parentOrderId: options.parentOrderId ?? null,
      request: {},
    },
  });
  for (const tn of options.tns ?? []) {
    const number = await testDb.telephoneNumber.upsert({
      where: { organizationId_tn: { organizationId: org.id, tn } },
      create: { organizationId: org.id, tn, status: options.tnStatus ?? "pending" },
      update: { status: options.tnStatus ?? "pending" },
    });
    await testDb.orderTelephoneNumber.create({ data: { orderId: order.id, telephoneNumberId: number.id } });
  }
  return order;
}

let second = 0;
/** Notifications a second apart, in the order they are built, like Lumen sends them. */
function notification(voiceOrderId: string, code: number, extra: Partial<IncomingNotification> = {}): IncomingNotification {
  second += 1;
  return {
    customerNumber: org.customerNumber,
    voiceOrderId,
    notificationCode: code,
    notificationMessage: `message ${code}`,
    lumenCreatedAt: new Date(Date.UTC(2026, 10, 26, 12, 0, second)),
    ...extra,
  };
}

const ingest = (n: IncomingNotification, source: "webhook" | "poll" = "webhook") =>
  ingestNotification({ organizationId: org.id, source, rawBody: JSON.stringify(n), notification: n });

const orderOf = (id: string) => testDb.order.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: "asc" } } } });
const tnStatus = (tn: string) => testDb.telephoneNumber.findUniqueOrThrow({ where: { organizationId_tn: { organizationId: org.id, tn } } }).then((n) => n.status);

describe("ingesting a notification", () => {
  it("moves an install through 901 and 902, making its numbers active", async () => {
    const order = await createOrder("install", { tns: ["3035550101", "3035550102"] });
    const picked = await ingest(notification(order.voiceOrderId!, 901));
    expect(picked).toMatchObject({ duplicate: false, outcome: "applied", orderId: order.id });
    expect((await orderOf(order.id)).status).toBe("in_progress");

    await ingest(notification(order.voiceOrderId!, 902));
    const done = await orderOf(order.id);
    expect(done.status).toBe("completed");
    expect(done.completedAt).not.toBeNull();
    expect(done.events.map((e) => e.lumenCode)).toEqual([901, 902]);
    expect(await tnStatus("3035550101")).toBe("active");
    expect(await tnStatus("3035550102")).toBe("active");
  });

  it("stores a notification once however often it arrives, and applies it once", async () => {
    const order = await createOrder("change");
    const n = notification(order.voiceOrderId!, 901);
    const first = await ingest(n, "webhook");
    const again = await ingest(n, "webhook");
    const polled = await ingest(n, "poll");
    expect(again).toMatchObject({ duplicate: true, notificationId: first.notificationId });
    expect(polled).toMatchObject({ duplicate: true, notificationId: first.notificationId });
    const rows = await testDb.notification.findMany({ where: { organizationId: org.id, voiceOrderId: order.voiceOrderId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.deliveries).toBe(3);
    expect((await orderOf(order.id)).events).toHaveLength(1);
  });

  it("applies one notification once when many copies arrive at the same moment", async () => {
    const order = await createOrder("disconnect", { tns: ["3035550201"], tnStatus: "active" });
    const n = notification(order.voiceOrderId!, 906);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => ingest(n, i % 2 ? "poll" : "webhook")));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    const done = await orderOf(order.id);
    expect(done.status).toBe("completed");
    expect(done.events).toHaveLength(1);
    expect(await tnStatus("3035550201")).toBe("disconnected");
    const row = await testDb.notification.findFirstOrThrow({ where: { organizationId: org.id, voiceOrderId: order.voiceOrderId } });
    expect(row.deliveries).toBe(12);
  });

  it("keeps two notifications with the same code at different times apart", async () => {
    const port = await createOrder("port", { status: "in_progress" });
    await ingest(notification(port.voiceOrderId!, 904));
    await ingest(notification(port.voiceOrderId!, 904));
    expect(await testDb.notification.count({ where: { organizationId: org.id, voiceOrderId: port.voiceOrderId } })).toBe(2);
  });

  it("does not move an order backwards when notifications arrive out of order", async () => {
    const order = await createOrder("reserve");
    const picked = notification(order.voiceOrderId!, 901);
    const completed = notification(order.voiceOrderId!, 10002);
    const result = await ingest(completed);
    expect(result.reservationCompleted).toBe(true);
    await ingest(picked);
    const after = await orderOf(order.id);
    expect(after.status).toBe("completed");
    // Both are on the timeline, in Lumen's order.
    expect(after.events.map((e) => e.lumenCode)).toEqual([901, 10002]);
  });

  it("does not let 901 undo a 10001 sent at the same instant", async () => {
    const order = await createOrder("reserve");
    const at = new Date(Date.UTC(2026, 10, 26, 13, 0, 0));
    await ingest(notification(order.voiceOrderId!, 10001, { lumenCreatedAt: at, notificationMessage: "Requested amount exceeds the 25 telephone numbers available. Please select …" }));
    await ingest(notification(order.voiceOrderId!, 901, { lumenCreatedAt: at }));
    const after = await orderOf(order.id);
    expect(after.status).toBe("awaiting_approval");
    expect(after.availableQuantity).toBe(25);
    expect(after.approvalDeadline?.toISOString()).toBe("2026-11-26T17:00:00.000Z");
  });

  it("sets a port's FOC date from 903 and moves it again with 904", async () => {
    const port = await createOrder("port", { tns: ["7205550301"] });
    await ingest(notification(port.voiceOrderId!, 903, { focDate: new Date("2026-12-02T00:00:00Z") }));
    expect((await orderOf(port.id)).focDate?.toISOString()).toBe("2026-12-02T00:00:00.000Z");
    const supplement = await createOrder("supplement", { parentOrderId: port.id });
    await ingest(notification(port.voiceOrderId!, 904, { focDate: new Date("2026-12-04T00:00:00Z") }));
    const after = await orderOf(port.id);
    expect(after.focDate?.toISOString()).toBe("2026-12-04T00:00:00.000Z");
    expect(after.status).toBe("in_progress");
    expect((await orderOf(supplement.id)).status).toBe("completed");
    await ingest(notification(port.voiceOrderId!, 10002));
    expect(await tnStatus("7205550301")).toBe("active");
  });

  it("keeps the newer FOC date when an older 903 arrives after a 904", async () => {
    const port = await createOrder("port");
    const scheduled = notification(port.voiceOrderId!, 903, { focDate: new Date("2026-12-02T00:00:00Z") });
    const moved = notification(port.voiceOrderId!, 904, { focDate: new Date("2026-12-07T00:00:00Z") });
    await ingest(moved);
    await ingest(scheduled, "poll");
    const after = await orderOf(port.id);
    expect(after.focDate?.toISOString()).toBe("2026-12-07T00:00:00.000Z");
    expect(after.events.map((e) => e.lumenCode)).toEqual([903, 904]);
  });

  it("ends a rejected install and returns its numbers to reserved inventory", async () => {
    const install = await createOrder("install", { tns: ["3035550401"] });
    await ingest(notification(install.voiceOrderId!, 1616));
    const after = await orderOf(install.id);
    expect(after).toMatchObject({ status: "rejected", lumenCode: 1616, statusReason: "No active service for these numbers." });
    expect(await tnStatus("3035550401")).toBe("reserved");
  });

  it("refuses a cancel that came too late (20066) without touching the port", async () => {
    const port = await createOrder("port", { status: "in_progress" });
    const cancel = await createOrder("cancel", { parentOrderId: port.id });
    await ingest(notification(port.voiceOrderId!, 20066));
    expect((await orderOf(port.id)).status).toBe("in_progress");
    expect(await orderOf(cancel.id)).toMatchObject({ status: "rejected", lumenCode: 20066 });
  });

  it("lets Lumen's completion win over a backorder that ended short", async () => {
    const order = await createOrder("reserve", { status: "in_progress" });
    await ingest(notification(order.voiceOrderId!, 10004, { rateCenter: "SPOKANE", state: "WA" }));
    expect((await orderOf(order.id)).status).toBe("cancelled");
    await ingest(notification(order.voiceOrderId!, 10002));
    expect((await orderOf(order.id)).status).toBe("completed");
  });

  it("notes a rate center's completion without completing the order", async () => {
    const order = await createOrder("reserve", { status: "in_progress" });
    await ingest(notification(order.voiceOrderId!, 10002, { rateCenter: "DENVER", state: "CO" }));
    const after = await orderOf(order.id);
    expect(after.status).toBe("in_progress");
    expect(after.events[0]!.message).toBe("Lumen completed this rate center.");
  });

  it("keeps a code the guide does not list on the timeline without changing the status", async () => {
    const order = await createOrder("change", { status: "in_progress" });
    const result = await ingest(notification(order.voiceOrderId!, 31337, { notificationMessage: "Something new" }));
    expect(result.outcome).toBe("unknown_code");
    const after = await orderOf(order.id);
    expect(after.status).toBe("in_progress");
    expect(after.events[0]!.message).toContain("Something new");
  });

  it("keeps a notification for an unknown order, and applies it once the order is known", async () => {
    const voiceOrderId = `VO${randomUUID().slice(0, 10)}`;
    const early = await ingest(notification(voiceOrderId, 902));
    expect(early).toMatchObject({ outcome: "unmatched", orderId: null });

    const order = await createOrder("install", { voiceOrderId: null, status: "unconfirmed" });
    await testDb.order.update({ where: { id: order.id }, data: { voiceOrderId, status: "accepted" } });
    expect(await applyWaitingNotifications(org.id, voiceOrderId)).toBe(1);
    expect((await orderOf(order.id)).status).toBe("completed");
    const row = await testDb.notification.findUniqueOrThrow({ where: { id: early.notificationId } });
    expect(row).toMatchObject({ outcome: "applied", orderId: order.id });
  });

  it("applies, on the next sweep, a notification the order's own outcome overlooked", async () => {
    // Stored as unmatched while the order's voice order id was being written: the outcome
    // looked for waiting notifications a moment too early, so nothing applied it yet.
    const voiceOrderId = `VO${randomUUID().slice(0, 10)}`;
    const overlooked = await ingest(notification(voiceOrderId, 902));
    const order = await createOrder("install", { voiceOrderId, status: "accepted" });
    // Ones for orders nobody has, and ones older than the sweep looks back, stay as they are.
    const stranger = await ingest(notification(`VO${randomUUID().slice(0, 10)}`, 902));
    const oldVoiceOrderId = `VO${randomUUID().slice(0, 10)}`;
    const old = await ingest(notification(oldVoiceOrderId, 902));
    await testDb.notification.update({ where: { id: old.notificationId }, data: { receivedAt: new Date(Date.now() - 2 * 24 * 3600_000) } });
    await createOrder("install", { voiceOrderId: oldVoiceOrderId, status: "accepted" });

    expect(await applyOverlookedNotifications()).toBeGreaterThanOrEqual(1);
    expect((await orderOf(order.id)).status).toBe("completed");
    const outcomes = await testDb.notification.findMany({ where: { id: { in: [overlooked.notificationId, stranger.notificationId, old.notificationId] } } });
    expect(Object.fromEntries(outcomes.map((n) => [n.id, n.outcome]))).toEqual({
      [overlooked.notificationId]: "applied",
      [stranger.notificationId]: "unmatched",
      [old.notificationId]: "unmatched",
    });
    // Swept again: nothing is applied twice.
    await applyOverlookedNotifications();
    expect((await orderOf(order.id)).events.filter((e) => e.kind === "notification")).toHaveLength(1);
  });

  it("changes nothing when an applied notification is replayed", async () => {
    const order = await createOrder("change");
    const { notificationId } = await ingest(notification(order.voiceOrderId!, 10002));
    const before = await orderOf(order.id);
    await reapplyNotification(org.id, notificationId);
    const after = await orderOf(order.id);
    expect(after.events).toHaveLength(before.events.length);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("never applies a notification to another organization's order", async () => {
    const other = await createTestOrganization("ingest-other");
    const order = await createOrder("install");
    const n = { ...notification(order.voiceOrderId!, 902), customerNumber: other.customerNumber };
    const result = await ingestNotification({ organizationId: other.id, source: "webhook", rawBody: "{}", notification: n });
    expect(result.outcome).toBe("unmatched");
    expect((await orderOf(order.id)).status).toBe("accepted");
  });
});

describe("ingesting many notifications at once", () => {
  const STORIES: Array<{ type: OrderType; codes: Array<Partial<IncomingNotification> & { notificationCode: number }> }> = [
    { type: "install", codes: [{ notificationCode: 901 }, { notificationCode: 1807 }, { notificationCode: 901 }, { notificationCode: 902 }] },
    {
      type: "reserve",
      codes: [
        { notificationCode: 901 },
        { notificationCode: 10001, notificationMessage: "Requested amount exceeds the 7 telephone numbers available." },
        { notificationCode: 10002, rateCenter: "DENVER", state: "CO" },
        { notificationCode: 10002 },
      ],
    },
    {
      type: "port",
      codes: [
        { notificationCode: 901 },
        { notificationCode: 903, focDate: new Date("2026-12-02T00:00:00Z") },
        { notificationCode: 904, focDate: new Date("2026-12-09T00:00:00Z") },
        { notificationCode: 31337 },
        { notificationCode: 20217 },
      ],
    },
    { type: "disconnect", codes: [{ notificationCode: 901 }, { notificationCode: 906 }] },
  ];

  /** The same orders in an organization, with a supplement under each port and shared numbers. */
  async function createOrders(organizationId: string) {
    for (let i = 0; i < 40; i += 1) {
      const story = STORIES[i % STORIES.length]!;
      const order = await testDb.order.create({
        data: { organizationId, type: story.type, productId: "2036", status: "accepted", idempotencyKey: randomUUID(), externalOrderId: `vp-${randomUUID()}`, voiceOrderId: `VOG${i}`, request: {} },
      });
      // Two orders share each number, so which order's notification comes last matters.
      for (const tn of [`30355${String(i).padStart(5, "0")}`, `30356${String(i % 20).padStart(5, "0")}`]) {
        const number = await testDb.telephoneNumber.upsert({
          where: { organizationId_tn: { organizationId, tn } },
          create: { organizationId, tn, status: "pending" },
          update: {},
        });
        await testDb.orderTelephoneNumber.create({ data: { orderId: order.id, telephoneNumberId: number.id } });
      }
      if (story.type === "port") {
        await testDb.order.create({
          data: { organizationId, type: "supplement", status: "accepted", idempotencyKey: randomUUID(), externalOrderId: `vp-${randomUUID()}`, voiceOrderId: `VOG${i}`, parentOrderId: order.id, request: {} },
        });
      }
    }
  }

  /** 200 arrivals: every order's story with a few times at the same instant, copies, and a shuffled order. */
  function arrivals(customerNumber: string): IncomingNotification[] {
    const stories = Array.from({ length: 40 }, (_, i) =>
      STORIES[i % STORIES.length]!.codes.map((code, step) => ({
        customerNumber,
        voiceOrderId: `VOG${i}`,
        notificationMessage: `message ${code.notificationCode}`,
        // Every third order hears two of its notifications at the same instant.
        lumenCreatedAt: new Date(Date.UTC(2026, 10, 27, 9, 0, i % 3 === 0 ? Math.min(step, 1) : step)),
        ...code,
      })),
    );
    const all = [...stories.flat(), { customerNumber, voiceOrderId: "VOG-unknown", notificationCode: 902, notificationMessage: "m" }];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    while (all.length < 200) all.push(all[Math.floor(random() * all.length)]!);
    // Mostly in Lumen's order, with neighbours swapped now and then.
    for (let i = all.length - 1; i > 0; i -= 1) {
      if (random() < 0.3) [all[i], all[i - 1]] = [all[i - 1]!, all[i]!];
    }
    return all;
  }

  async function snapshot(organizationId: string) {
    const orders = await testDb.order.findMany({
      where: { organizationId },
      orderBy: [{ voiceOrderId: "asc" }, { type: "asc" }],
      select: {
        voiceOrderId: true, type: true, status: true, lumenCode: true, lumenMessage: true, statusReason: true, focDate: true, approvalDeadline: true,
        availableQuantity: true, lastNotificationAt: true, completedAt: true,
        events: { select: { status: true, lumenCode: true, message: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { lumenCode: "asc" }, { message: "asc" }] },
      },
    });
    const numbers = await testDb.telephoneNumber.findMany({ where: { organizationId }, orderBy: { tn: "asc" }, select: { tn: true, status: true } });
    const notifications = await testDb.notification.findMany({
      where: { organizationId },
      orderBy: [{ voiceOrderId: "asc" }, { lumenCreatedAt: "asc" }, { notificationCode: "asc" }, { rateCenter: "asc" }],
      select: { voiceOrderId: true, notificationCode: true, outcome: true, deliveries: true, lumenCreatedAt: true },
    });
    // A supplement completes when ingestion runs; that instant differs between the runs.
    const settled = (o: (typeof orders)[number]) => ({ ...o, completedAt: o.completedAt !== null, events: o.events.map((e) => ({ ...e, createdAt: null })) });
    return { orders: orders.map((o) => (o.type === "supplement" ? settled(o) : o)), numbers, notifications };
  }

  it("ends exactly as applying them one after the other", async () => {
    const together = await createTestOrganization("ingest-together");
    const oneByOne = await createTestOrganization("ingest-one-by-one");
    for (const organizationId of [together.id, oneByOne.id]) {
      await createOrders(organizationId);
      // Rejections mail someone: those orders' notifications are written one at a time.
      const user = await createTestUser(organizationId, "owner");
      await testDb.alertSubscription.create({ data: { userId: user.id, organizationId, kind: "rejection" } });
    }

    const ingestInto = (organizationId: string, n: IncomingNotification) => ingestNotification({ organizationId, source: "webhook", rawBody: JSON.stringify(n), notification: n });
    const concurrent = await Promise.all(arrivals(together.customerNumber).map((n) => ingestInto(together.id, n)));
    const sequential = [];
    for (const n of arrivals(oneByOne.customerNumber)) sequential.push(await ingestInto(oneByOne.id, n));

    const shape = (r: Awaited<ReturnType<typeof ingest>>) => ({ duplicate: r.duplicate, outcome: r.outcome, reservationCompleted: r.reservationCompleted, matched: r.orderId !== null });
    expect(concurrent.map(shape)).toEqual(sequential.map(shape));
    expect(concurrent.filter((r) => r.duplicate).length).toBeGreaterThan(0);
    // Copies of one notification name the stored one.
    const ids = new Set(concurrent.map((r) => r.notificationId));
    expect(ids.size).toBe(concurrent.filter((r) => !r.duplicate).length);
    expect(await snapshot(together.id)).toEqual(await snapshot(oneByOne.id));
    const mails = await testDb.outboxMail.count({ where: { organizationId: together.id } });
    expect(mails).toBe(10);
    expect(await testDb.outboxMail.count({ where: { organizationId: oneByOne.id } })).toBe(mails);
  });
});
