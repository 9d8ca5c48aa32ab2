import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GET as listOrdersRoute } from "@/app/api/orgs/[org]/orders/route";
import { GET as orderRoute } from "@/app/api/orgs/[org]/orders/[id]/route";
import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import { buildPartnerNotificationXml } from "@/lib/sandbox/notifications/partner-notification-xml";
import { createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { ingestNotification } from "./ingest-notification";
import { incomingFromPolledRow } from "./poll-notifications";
import { basicAuth, createWebhookOrganization, putNotification } from "./testing/webhook-requests";

// A thousand notifications in ten bursts of a hundred, each arriving twice at the same
// moment (by the webhook, and again by the poll or as a webhook redelivery), in shuffled
// order, while a user pages through the orders and opens them. Every notification must be
// stored once and applied once, and every order end where its latest notification says.

const ORDERS = 250;
const BURSTS = 10;

type PolledRow = Parameters<typeof incomingFromPolledRow>[0];

interface Sent {
  voiceOrderId: string;
  code: number;
  message: string;
  createdAt: string;
  rateCenter?: { rateCenter: string; state: string };
  focDate?: string;
}

/** What Lumen says about each kind of order, oldest first, and where that leaves the order. */
const STORIES: Array<{ type: OrderType; codes: Array<Pick<Sent, "code" | "message" | "rateCenter" | "focDate">>; ends: OrderStatus; lastCode: number }> = [
  {
    type: "reserve",
    codes: [
      { code: 901, message: "Order received" },
      { code: 10001, message: "The requested quantity exceeds the 8 telephone numbers available" },
      { code: 10002, message: "Rate center completed", rateCenter: { rateCenter: "DENVER", state: "CO" } },
      { code: 10002, message: "Order completed" },
    ],
    ends: "completed",
    lastCode: 10002,
  },
  {
    type: "install",
    codes: [
      { code: 901, message: "Order received" },
      { code: 1807, message: "Credit hold" },
      { code: 901, message: "Order received" },
      { code: 902, message: "Order completed" },
    ],
    ends: "completed",
    lastCode: 902,
  },
  {
    type: "port",
    codes: [
      { code: 901, message: "Order received" },
      { code: 903, message: "Please see FOC data provided", focDate: "2026-12-15T00:00:00Z" },
      { code: 1807, message: "Credit hold" },
      { code: 20217, message: "A telephone number is not valid" },
    ],
    ends: "rejected",
    lastCode: 20217,
  },
];

type WebhookOrg = Awaited<ReturnType<typeof createWebhookOrganization>>;
let org: WebhookOrg;
let userId: string;
let orders: Array<{ id: string; voiceOrderId: string; story: (typeof STORIES)[number] }>;

beforeAll(async () => {
  org = await createWebhookOrganization("load", "basic");
  userId = (await createTestUser(org.id, "viewer")).id;
  orders = Array.from({ length: ORDERS }, (_, i) => ({ id: `load-${randomUUID()}`, voiceOrderId: `VOL${org.id.slice(-6)}${i}`, story: STORIES[i % STORIES.length]! }));
  await testDb.order.createMany({
    data: orders.map((order) => ({
      id: order.id,
      organizationId: org.id,
      type: order.story.type,
      status: "accepted",
      productId: "2036",
      idempotencyKey: order.id,
      externalOrderId: `ext-${order.id}`,
      voiceOrderId: order.voiceOrderId,
      request: {},
    })),
  });
});

/** Each order's notifications, a second apart and ten seconds between orders, in the past. */
function allNotifications(): Sent[] {
  const base = Math.floor(Date.now() / 1000) * 1000 - 86_400_000;
  return orders.flatMap((order, i) =>
    order.story.codes.map((content, step) => ({
      voiceOrderId: order.voiceOrderId,
      createdAt: `${new Date(base + i * 10_000 + step * 1000).toISOString().slice(0, 19)}Z`,
      ...content,
    })),
  );
}

function webhookXml(sent: Sent): string {
  return buildPartnerNotificationXml({
    orderNumber: sent.voiceOrderId,
    customerNumber: org.customerNumber,
    customerName: "Load Test",
    notificationCode: sent.code,
    notificationMessage: sent.message,
    ...(sent.rateCenter && { rateCenterOrderStatus: { ...sent.rateCenter, notificationCode: sent.code, notificationMessage: sent.message } }),
    ...(sent.focDate && { focDate: sent.focDate }),
    notificationDateTime: sent.createdAt,
  });
}

/** The same notification as a row of GET notifications, ingested as the poll does. */
async function viaPoll(sent: Sent): Promise<number> {
  const row: PolledRow = {
    customerNumber: org.customerNumber,
    voiceOrderId: sent.voiceOrderId,
    notificationCode: sent.code,
    notificationMessage: sent.message,
    ...(sent.rateCenter && sent.rateCenter),
    ...(sent.focDate && { focDate: sent.focDate }),
    createdAt: sent.createdAt,
  };
  await ingestNotification({ organizationId: org.id, source: "poll", rawBody: JSON.stringify(row), notification: incomingFromPolledRow(row) });
  return 200;
}

async function viaWebhook(sent: Sent): Promise<number> {
  return (await putNotification(webhookXml(sent), basicAuth(org.principal, org.secret))).status;
}

/** A deterministic shuffle, so a failing order of arrival can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A user paging through the orders (now and then by status) and opening one, until told to stop. */
async function browse(until: { done: boolean }): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; !until.done; i++) {
    const filter = i % 3 === 0 ? "&status=completed" : "";
    const list = await listOrdersRoute(await requestAs(userId, `/api/orgs/${org.slug}/orders?page=${(i % 5) + 1}${filter}`), routeParams({ org: org.slug }));
    statuses.push(list.status);
    const order = orders[(i * 37) % orders.length]!;
    const detail = await orderRoute(await requestAs(userId, `/api/orgs/${org.slug}/orders/${order.id}`), routeParams({ org: org.slug, id: order.id }));
    statuses.push(detail.status);
    await detail.text();
  }
  return statuses;
}

describe(`notifications under load while a user browses (${inject("databaseKind")})`, () => {
  it("stores and applies each of 1,000 notifications sent twice in bursts exactly once", { timeout: 900_000 }, async () => {
    const notifications = shuffled(allNotifications(), 7);
    expect(notifications).toHaveLength(1000);

    const until = { done: false };
    const browsing = browse(until);
    const answers: number[] = [];
    const perBurst = notifications.length / BURSTS;
    try {
      for (let burst = 0; burst < BURSTS; burst++) {
        const batch = notifications.slice(burst * perBurst, (burst + 1) * perBurst);
        // The second copy: the poll for half of them, a webhook redelivery for the rest.
        const deliveries = batch.flatMap((sent, i) => [() => viaWebhook(sent), () => (i % 2 ? viaPoll(sent) : viaWebhook(sent))]);
        answers.push(...(await Promise.all(shuffled(deliveries, burst + 1).map((deliver) => deliver()))));
      }
    } finally {
      until.done = true;
    }
    const browsed = await browsing;

    expect(answers).toHaveLength(2000);
    expect(answers.filter((status) => status !== 200)).toEqual([]);
    expect(browsed.length).toBeGreaterThan(0);
    expect(browsed.filter((status) => status !== 200)).toEqual([]);

    const stored = await testDb.notification.groupBy({ by: ["outcome", "deliveries"], where: { organizationId: org.id }, _count: true });
    expect(stored).toEqual([{ outcome: "applied", deliveries: 2, _count: 1000 }]);
    const timeline = await testDb.orderEvent.groupBy({ by: ["orderId"], where: { order: { organizationId: org.id }, kind: "notification" }, _count: true });
    expect(timeline).toHaveLength(ORDERS);
    expect(timeline.filter((entry) => entry._count !== 4)).toEqual([]);

    const finals = await testDb.order.findMany({ where: { organizationId: org.id }, select: { id: true, status: true, lumenCode: true } });
    const expected = new Map(orders.map((order) => [order.id, { status: order.story.ends, lumenCode: order.story.lastCode }]));
    expect(finals.filter((order) => order.status !== expected.get(order.id)!.status || order.lumenCode !== expected.get(order.id)!.lumenCode)).toEqual([]);
  });
});
