import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { createTestOrganization, testDb } from "@/test/fixtures";
import type { IncomingNotification } from "./incoming-notification";
import { ingestNotification, type IngestResult } from "./ingest-notification";

// Several senders at once (Lumen's webhook deliveries and the poll), each sending its next
// notification as soon as the last one is answered, as a burst arrives: every notification
// is stored once, and each order's notifications apply in the order they arrived.

const ORDERS = 12;
const SENDERS = 6;

/**
 * A reservation that goes back and forth between awaiting a decision and in progress, then
 * completes: every notification moves it, but only if none newer was applied before it (a
 * notification older than the last applied one leaves the status alone).
 */
const STORY: Array<{ code: number; status: OrderStatus }> = [
  { code: 901, status: "in_progress" },
  { code: 10001, status: "awaiting_approval" },
  { code: 901, status: "in_progress" },
  { code: 10001, status: "awaiting_approval" },
  { code: 901, status: "in_progress" },
  { code: 10001, status: "awaiting_approval" },
  { code: 10002, status: "completed" },
];

let org: Awaited<ReturnType<typeof createTestOrganization>>;
const voiceOrderIds = Array.from({ length: ORDERS }, (_, i) => `VOS${i}-${randomUUID().slice(0, 6)}`);

beforeAll(async () => {
  org = await createTestOrganization("senders");
  for (const voiceOrderId of voiceOrderIds) {
    await testDb.order.create({
      data: { organizationId: org.id, type: "reserve", productId: "2036", status: "accepted", idempotencyKey: randomUUID(), externalOrderId: `vp-${randomUUID()}`, voiceOrderId, request: {} },
    });
  }
});

function story(voiceOrderId: string, order: number): IncomingNotification[] {
  return STORY.map(({ code }, step) => ({
    customerNumber: org.customerNumber,
    voiceOrderId,
    notificationCode: code,
    notificationMessage: code === 10001 ? "The requested quantity exceeds the 5 telephone numbers available" : `message ${code}`,
    lumenCreatedAt: new Date(Date.UTC(2026, 10, 28, 8, order, step)),
  }));
}

describe("notifications from several senders at once", () => {
  it("stores each once and applies each order's notifications in the order they arrived", async () => {
    const stories = voiceOrderIds.map(story);
    // In Lumen's order across orders, each notification delivered twice: the copy a step later.
    const queue: Array<{ notification: IncomingNotification; source: "webhook" | "poll" }> = [];
    for (let step = 0; step <= STORY.length; step += 1) {
      for (const notifications of stories) {
        if (step < STORY.length) queue.push({ notification: notifications[step]!, source: "webhook" });
        if (step > 0) queue.push({ notification: notifications[step - 1]!, source: "poll" });
      }
    }

    const results = new Map<IncomingNotification, IngestResult[]>();
    let next = 0;
    await Promise.all(
      Array.from({ length: SENDERS }, async () => {
        while (next < queue.length) {
          const { notification, source } = queue[next++]!;
          const result = await ingestNotification({ organizationId: org.id, source, rawBody: JSON.stringify(notification), notification });
          results.set(notification, [...(results.get(notification) ?? []), result]);
        }
      }),
    );

    // Each delivery answered; one of the two copies stored and applied it, the other counted.
    for (const notifications of stories) {
      for (const notification of notifications) {
        const answers = results.get(notification)!;
        expect(answers.map((a) => a.duplicate).sort()).toEqual([false, true]);
        expect(new Set(answers.map((a) => a.notificationId)).size).toBe(1);
      }
    }
    const stored = await testDb.notification.findMany({ where: { organizationId: org.id }, select: { voiceOrderId: true, outcome: true, deliveries: true } });
    expect(stored).toHaveLength(ORDERS * STORY.length);
    expect(stored.every((n) => n.outcome === "applied" && n.deliveries === 2)).toBe(true);

    // Every notification moved its order: none was applied after a newer one of the same order.
    const orders = await testDb.order.findMany({
      where: { organizationId: org.id },
      select: { status: true, events: { select: { status: true, lumenCode: true }, orderBy: { createdAt: "asc" } } },
    });
    expect(orders).toHaveLength(ORDERS);
    for (const order of orders) {
      expect(order.status).toBe("completed");
      expect(order.events).toEqual(STORY.map(({ code, status }) => ({ lumenCode: code, status })));
    }
  });
});
