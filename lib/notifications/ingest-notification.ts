import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { NotificationOutcome } from "@/lib/db/generated/enums";
import type { IncomingNotification, NotificationSourceName } from "./incoming-notification";
import { ingestGroup, lockOrder } from "./ingest-group";
import type { NotificationEffect } from "./notification-effects";
import { orderAfterNotification, type LockedOrder } from "./order-after-notification";
import { writeAppliedNotifications } from "./write-applied-notifications";

// The one way a notification enters the portal, whichever channel brought it (webhook,
// poll, an admin's replay). The row is written and the order moved in one transaction:
// a notification is either stored and applied, or neither. A second arrival of the same
// notification finds its key taken, counts the delivery and changes nothing else.

export interface IngestInput {
  organizationId: string;
  source: NotificationSourceName;
  rawBody: string;
  notification: IncomingNotification;
}

export interface IngestResult {
  notificationId: string;
  duplicate: boolean;
  outcome: NotificationOutcome;
  orderId: string | null;
  /** A reservation completed: its numbers are now in Lumen's reserved inventory. */
  reservationCompleted: boolean;
}

export interface AppliedNotification {
  notificationId: string;
  organizationId: string;
  order: LockedOrder;
  /** The order's FOC date before this notification. */
  focDateBefore: Date | null;
  notification: IncomingNotification;
  effect: NotificationEffect | null;
}

/**
 * A burst of deliveries queues for the connection pool; waiting in line beats answering
 * 500 after Prisma's default two seconds and having Lumen deliver everything again.
 */
const BURST_TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/** The most notifications one transaction stores and applies. */
const GROUP_SIZE = 100;

interface Waiting {
  input: IngestInput;
  resolve: (result: IngestResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Per database client: the notifications waiting for the group being written to commit.
 * Kept on globalThis like the client, so routes bundled apart still share one.
 */
const globalForGroups = globalThis as unknown as { notificationGatherers?: WeakMap<PrismaClient, { waiting: Waiting[]; writing: boolean }> };
const gatherers = (globalForGroups.notificationGatherers ??= new WeakMap());

/**
 * Stores and applies a notification. Calls that arrive while a group is being written (or
 * in the same tick) are written together, in one transaction of two statements for the
 * whole group (see ingest-group.ts), which is what makes a burst fast: a transaction per notification
 * costs a round trip per statement. The promise resolves once the notification's group has
 * committed, so a webhook is still answered only when its notification is durable.
 */
export function ingestNotification(input: IngestInput): Promise<IngestResult> {
  const client = db();
  let gatherer = gatherers.get(client);
  if (!gatherer) gatherers.set(client, (gatherer = { waiting: [], writing: false }));
  const arrived = new Promise<IngestResult>((resolve, reject) => gatherer.waiting.push({ input, resolve, reject }));
  if (!gatherer.writing) {
    gatherer.writing = true;
    void writeGroups(client, gatherer);
  }
  return arrived;
}

async function writeGroups(client: PrismaClient, gatherer: { waiting: Waiting[]; writing: boolean }) {
  try {
    for (;;) {
      // Callers answered by the last group send their next notification in this tick.
      await new Promise((resolve) => setImmediate(resolve));
      const group = gatherer.waiting.splice(0, GROUP_SIZE);
      if (group.length === 0) return;
      try {
        const results = await client.$transaction((tx) => ingestGroup(tx, group.map((w) => w.input)), BURST_TRANSACTION_OPTIONS);
        group.forEach((waiting, index) => waiting.resolve(results[index]!));
      } catch {
        // One notification the database refuses must not fail the others: each alone, in order.
        for (const waiting of group) {
          await client
            .$transaction((tx) => ingestGroup(tx, [waiting.input]), BURST_TRANSACTION_OPTIONS)
            .then(([result]) => waiting.resolve(result!), waiting.reject);
        }
      }
    }
  } finally {
    gatherer.writing = false;
  }
}

/** A body that is not a PartnerNotification we can read: kept as it came, for inspection. */
export async function recordMalformedNotification(input: {
  organizationId: string;
  source: NotificationSourceName;
  rawBody: string;
  error: string;
}): Promise<{ notificationId: string }> {
  const row = await db().notification.create({
    data: {
      organizationId: input.organizationId,
      source: input.source,
      // Each malformed body is kept, even twice: there is nothing to tell them apart by.
      dedupeKey: `malformed:${randomUUID()}`,
      rawBody: input.rawBody,
      outcome: "malformed",
      error: input.error.slice(0, 1000),
    },
    select: { id: true },
  });
  return { notificationId: row.id };
}

/**
 * Runs a stored notification through ingestion again: an unmatched one whose order has
 * become known, or any one an admin replays. Applying twice is harmless: a status only
 * moves forward and a timeline entry for the same notification is not repeated.
 */
export async function reapplyNotification(organizationId: string, notificationId: string): Promise<Omit<IngestResult, "duplicate">> {
  return db().$transaction(async (tx) => {
    const row = await tx.notification.findFirstOrThrow({ where: { id: notificationId, organizationId } });
    if (row.outcome === "malformed" || row.voiceOrderId === null || row.notificationCode === null || row.customerNumber === null) {
      return { notificationId, outcome: row.outcome, orderId: row.orderId, reservationCompleted: false };
    }
    return reapply(tx, notificationId, organizationId, {
      customerNumber: row.customerNumber,
      voiceOrderId: row.voiceOrderId,
      notificationCode: row.notificationCode,
      notificationMessage: row.notificationMessage ?? "",
      rateCenter: row.rateCenter ?? undefined,
      state: row.state ?? undefined,
      focDate: row.focDate ?? undefined,
      lumenCreatedAt: row.lumenCreatedAt ?? undefined,
    });
  });
}

/** Notifications that arrived before their order's voiceOrderId was known (an answer lost in transit). */
export async function applyWaitingNotifications(organizationId: string, voiceOrderId: string): Promise<number> {
  const waiting = await db().notification.findMany({
    where: { organizationId, voiceOrderId, outcome: "unmatched" },
    orderBy: [{ lumenCreatedAt: "asc" }, { receivedAt: "asc" }],
    select: { id: true },
  });
  await applyNotifications(organizationId, waiting.map(({ id }) => id));
  return waiting.length;
}

/** Stored notifications through ingestion again, in the order given (Lumen's, for one order). */
export async function applyNotifications(organizationId: string, notificationIds: string[]): Promise<void> {
  for (const id of notificationIds) await reapplyNotification(organizationId, id);
}

async function reapply(tx: Prisma.TransactionClient, notificationId: string, organizationId: string, n: IncomingNotification): Promise<Omit<IngestResult, "duplicate">> {
  const order = await lockOrder(tx, organizationId, n.voiceOrderId);
  if (!order) {
    await tx.notification.update({ where: { id: notificationId }, data: { outcome: "unmatched" } });
    return { notificationId, outcome: "unmatched", orderId: null, reservationCompleted: false };
  }
  const applied = orderAfterNotification(order, notificationId, n, `oev_${randomUUID()}`);
  const alreadyOnTimeline = await tx.orderEvent.count({ where: { orderId: order.id, kind: "notification", data: { path: ["notificationId"], equals: notificationId } } });
  if (alreadyOnTimeline > 0) {
    await tx.notification.update({ where: { id: notificationId }, data: { outcome: applied.outcome, orderId: order.id, subAccountId: order.subAccountId } });
    return { notificationId, outcome: applied.outcome, orderId: order.id, reservationCompleted: false };
  }
  await writeAppliedNotifications(tx, [{ notificationId, organizationId, notification: n, applied, mayAlert: true }]);
  return { notificationId, outcome: applied.outcome, orderId: order.id, reservationCompleted: order.type === "reserve" && applied.next === "completed" };
}
