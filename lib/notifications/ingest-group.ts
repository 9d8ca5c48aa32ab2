import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/db/generated/client";
import type { NotificationOutcome } from "@/lib/db/generated/enums";
import { alertKindFor } from "@/lib/alerts/alert-kind-for";
import { notificationDedupeKey } from "./incoming-notification";
import type { IngestInput, IngestResult } from "./ingest-notification";
import { effectOf } from "./notification-effects";
import { ORDER_STATE_COLUMNS, orderAfterNotification, type OrderState } from "./order-after-notification";
import { timestamps, writeAppliedNotifications, type AppliedItem } from "./write-applied-notifications";

// Stores and applies a group of notifications in one transaction, with two statements for
// the whole group (store and lock, then write what they did), and ends exactly as ingesting
// them one after the other in the group's order would: a notification already stored (or stored earlier in the group)
// only counts a delivery; each order's notifications apply in arrival order with the rules
// of order-after-notification.ts.

export async function ingestGroup(tx: Prisma.TransactionClient, inputs: IngestInput[]): Promise<IngestResult[]> {
  const members = inputs.map((input, index) => ({ input, index, dedupeKey: notificationDedupeKey(input.notification), id: `ntf_${randomUUID()}` }));
  const identity = (m: (typeof members)[number]) => `${m.input.organizationId}\n${m.dedupeKey}`;
  /** The index of the member that first brought each notification. */
  const firstCopy = new Map<string, number>();
  members.forEach((member, index) => {
    if (!firstCopy.has(identity(member))) firstCopy.set(identity(member), index);
  });
  const firsts = [...firstCopy.values()].map((index) => members[index]!);

  const copies = new Map<string, number>();
  for (const member of members) copies.set(identity(member), (copies.get(identity(member)) ?? 0) + 1);

  // One round trip: the new notifications stored (each with the deliveries of its copies),
  // the stored ones' deliveries counted, and the orders locked.
  const rows = await tx.$queryRaw<StoredRow[]>`
    WITH "locked" AS (${lockOrdersSql(firsts.map((m) => ({ organizationId: m.input.organizationId, voiceOrderId: m.input.notification.voiceOrderId })))}),
    "stored" AS (
      INSERT INTO "Notification" ("id", "organizationId", "source", "dedupeKey", "rawBody", "customerNumber", "voiceOrderId",
        "notificationCode", "notificationMessage", "rateCenter", "state", "focDate", "lumenCreatedAt", "outcome", "deliveries")
      SELECT u."id", u."organizationId", u."source"::"NotificationSource", u."dedupeKey", u."rawBody", u."customerNumber", u."voiceOrderId",
        u."notificationCode", u."notificationMessage", u."rateCenter", u."state", u."focDate", u."lumenCreatedAt", 'unmatched'::"NotificationOutcome", u."deliveries"
      FROM unnest(${firsts.map((m) => m.id)}::text[], ${firsts.map((m) => m.input.organizationId)}::text[], ${firsts.map((m) => m.input.source)}::text[],
        ${firsts.map((m) => m.dedupeKey)}::text[], ${firsts.map((m) => m.input.rawBody)}::text[], ${firsts.map((m) => m.input.notification.customerNumber)}::text[],
        ${firsts.map((m) => m.input.notification.voiceOrderId)}::text[], ${firsts.map((m) => m.input.notification.notificationCode)}::int[],
        ${firsts.map((m) => m.input.notification.notificationMessage)}::text[], ${firsts.map((m) => m.input.notification.rateCenter ?? null)}::text[],
        ${firsts.map((m) => m.input.notification.state ?? null)}::text[], ${timestamps(firsts.map((m) => m.input.notification.focDate))}::timestamp(3)[],
        ${timestamps(firsts.map((m) => m.input.notification.lumenCreatedAt))}::timestamp(3)[], ${firsts.map((m) => copies.get(identity(m))!)}::int[])
        AS u("id", "organizationId", "source", "dedupeKey", "rawBody", "customerNumber", "voiceOrderId", "notificationCode", "notificationMessage",
          "rateCenter", "state", "focDate", "lumenCreatedAt", "deliveries")
      ON CONFLICT ("organizationId", "dedupeKey") DO UPDATE
        SET "deliveries" = "Notification"."deliveries" + EXCLUDED."deliveries", "lastReceivedAt" = now()
      RETURNING "id", "organizationId", "dedupeKey", "outcome", "orderId", "voiceOrderId")
    SELECT s."id", s."organizationId", s."dedupeKey", s."outcome"::text AS "outcome", s."orderId",
      ${Prisma.raw(ORDER_STATE_NAMES.map((column) => `l."${column}" AS "order.${column}"`).join(", "))},
      ARRAY(SELECT DISTINCT a."kind"::text FROM "AlertSubscription" a WHERE a."organizationId" = s."organizationId") AS "subscribedKinds"
    FROM "stored" s LEFT JOIN "locked" l ON l."organizationId" = s."organizationId" AND l."voiceOrderId" = s."voiceOrderId"`;
  const stored = new Map(rows.map((row) => [`${row.organizationId}\n${row.dedupeKey}`, row]));
  // A notification stored by this group carries the id given it here; one stored before keeps its own.
  const isNew = (m: (typeof members)[number]) => firstCopy.get(identity(m)) === m.index && stored.get(identity(m))?.id === m.id;
  const arrivals = members.filter(isNew);
  const orders = new Map<string, OrderState>();
  for (const row of rows) {
    const order = orderOf(row);
    if (order) orders.set(`${row.organizationId}\n${row["order.voiceOrderId"]}`, order);
  }
  const alerting = ordersThatMayAlert(arrivals.map((m) => ({ input: m.input, row: stored.get(identity(m))! })));

  // Applied in arrival order. An order that may alert is written after each of its
  // notifications, since an alert reads the order as that notification left it; the
  // others' alerts are not looked for, nobody would get them.
  const results = new Map<string, IngestResult>();
  let batch: AppliedItem[] = [];
  for (const member of arrivals) {
    const n = member.input.notification;
    const order = orders.get(`${member.input.organizationId}\n${n.voiceOrderId}`);
    if (!order) {
      results.set(identity(member), { notificationId: member.id, duplicate: false, outcome: "unmatched", orderId: null, reservationCompleted: false });
      continue;
    }
    const applied = orderAfterNotification(order, member.id, n, `oev_${randomUUID()}`);
    orders.set(`${member.input.organizationId}\n${n.voiceOrderId}`, applied.order);
    const mayAlert = alerting.has(order.id);
    const item = { notificationId: member.id, organizationId: member.input.organizationId, notification: n, applied, mayAlert };
    if (mayAlert) {
      await writeAppliedNotifications(tx, batch);
      await writeAppliedNotifications(tx, [item]);
      batch = [];
    } else {
      batch.push(item);
    }
    const reservationCompleted = order.type === "reserve" && applied.next === "completed";
    results.set(identity(member), { notificationId: member.id, duplicate: false, outcome: applied.outcome, orderId: order.id, reservationCompleted });
  }
  await writeAppliedNotifications(tx, batch);

  return members.map((member) => {
    if (isNew(member)) return results.get(identity(member))!;
    const row = stored.get(identity(member))!;
    const first = results.get(identity(member)) ?? { notificationId: row.id, outcome: row.outcome, orderId: row.orderId };
    return { notificationId: first.notificationId, duplicate: true, outcome: first.outcome, orderId: first.orderId, reservationCompleted: false };
  });
}

type StoredRow = {
  id: string;
  organizationId: string;
  dedupeKey: string;
  outcome: NotificationOutcome;
  orderId: string | null;
  subscribedKinds: string[];
} & { [K in (typeof ORDER_STATE_NAMES)[number] as `order.${K}`]: K extends keyof OrderState ? OrderState[K] | null : string | null };

/** The columns lockOrdersSql reads: an order's state and the number it was found by. */
const ORDER_STATE_NAMES = [
  "id", "organizationId", "subAccountId", "type", "productId", "status", "lastNotificationAt", "focDate", "lumenCode",
  "lumenMessage", "statusReason", "completedAt", "approvalDeadline", "availableQuantity", "voiceOrderId",
] as const;

function orderOf(row: StoredRow): OrderState | null {
  if (row["order.id"] === null) return null;
  return Object.fromEntries(ORDER_STATE_NAMES.filter((name) => name !== "voiceOrderId").map((name) => [name, row[`order.${name}`]])) as OrderState;
}

/**
 * The orders the voice order numbers name, locked in id order so that groups of other
 * processes lock them in the same order. Supplements, cancels and approvals of an order
 * carry its number, so the order placed first (no parent) is the one that moves.
 *
 * Each number is looked up by itself through the voiceOrderId index. The test for a parent
 * is written so that no index serves it: on a table whose statistics are not known yet (the
 * embedded database has no autovacuum, see lib/jobs/refresh-planner-statistics.ts) the
 * planner took "parentOrderId IS NULL" for a rare case, read every order through that
 * index and sorted them all, 4 ms of a group's 12 on 2,000 orders.
 */
function lockOrdersSql(keys: Array<{ organizationId: string; voiceOrderId: string }>): Prisma.Sql {
  return Prisma.sql`
    SELECT ${Prisma.raw(ORDER_STATE_COLUMNS)}, "voiceOrderId" FROM "Order"
    WHERE "id" IN (
      SELECT first."id"
      FROM unnest(${keys.map((k) => k.organizationId)}::text[], ${keys.map((k) => k.voiceOrderId)}::text[]) AS k("organizationId", "voiceOrderId")
      CROSS JOIN LATERAL (
        SELECT o."id" FROM "Order" o
        WHERE o."voiceOrderId" = k."voiceOrderId" AND o."organizationId" = k."organizationId" AND coalesce(o."parentOrderId", '') = ''
        ORDER BY o."createdAt"
        LIMIT 1) AS first)
    ORDER BY "id"
    FOR UPDATE`;
}

/** The order a stored notification names, locked; null when no order has its number. */
export async function lockOrder(tx: Prisma.TransactionClient, organizationId: string, voiceOrderId: string): Promise<OrderState | null> {
  const [order] = await tx.$queryRaw<OrderState[]>(lockOrdersSql([{ organizationId, voiceOrderId }]));
  return order ?? null;
}

/** Orders with a notification that may queue alerts: someone in the organization subscribes to its kind. */
function ordersThatMayAlert(arrivals: Array<{ input: IngestInput; row: StoredRow }>): Set<string> {
  return new Set(
    arrivals.flatMap(({ input, row }) => {
      const n = input.notification;
      // The status is the one an approval needs to alert: an upper bound, before applying.
      const kind = alertKindFor(effectOf(n.notificationCode, Boolean(n.rateCenter)), { orderStatus: "awaiting_approval", focDate: n.focDate });
      return row["order.id"] && kind && row.subscribedKinds.includes(kind) ? [row["order.id"]] : [];
    }),
  );
}
