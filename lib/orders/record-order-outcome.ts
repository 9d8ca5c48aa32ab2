import "server-only";
import { db } from "@/lib/db/client";
import type { OrderEventKind, OrderStatus, TelephoneNumberStatus } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import type { LumenResponse } from "@/lib/lumen/client/lumen-client-types";
import { jsonParam, querySql } from "@/lib/db/query-sql";
import { applyNotifications } from "@/lib/notifications/ingest-notification";
import { ORDER_SUMMARY_SQL, type OrderSummary } from "./order-summary";
import { recordApprovalSent } from "./backorder-approval-sent";
import { DONE_WHEN_ACCEPTED, FINAL_STATUSES, portalStatusOf } from "./lumen-status";

// Every change to an order after it was written goes through here, together with its
// timeline entry and its numbers, in one statement: the order row and its history never
// disagree, and the whole change costs one round trip (an interactive transaction cost
// six: BEGIN, four statements, COMMIT).

type OrderForOutcome = { id: string; organizationId: string; subAccountId: string | null; type: string; productId: string | null };

interface Outcome {
  status: OrderStatus;
  event: OrderEventKind;
  message: string;
  lumenCode?: number | null;
  lumenMessage?: string | null;
  statusReason?: string | null;
  voiceOrderId?: string;
  response?: Prisma.InputJsonValue;
  data?: Prisma.InputJsonValue;
}

/**
 * Records what became of an order and answers with the order as it now stands (what a
 * form needs back), or null when it must be read again: notifications that were waiting
 * for its voice order id moved it further, or it no longer exists.
 */
export async function recordOutcome(
  order: OrderForOutcome,
  given: Outcome,
  numbers: string[] = [],
  options: { alsoWrite?: AlsoWrite } = {},
): Promise<OrderSummary | null> {
  const accepted = given.event === "accepted" || given.event === "reconciled";
  const outcome = accepted && DONE_WHEN_ACCEPTED.has(order.type) ? { ...given, status: "completed" as const } : given;
  const statement = outcomeStatement(order, outcome, [...new Set(numbers)]);
  const alsoWrite = order.type === "approval" && accepted ? (tx: Prisma.TransactionClient) => recordApprovalSent(tx, order.id) : options.alsoWrite;
  let rows: OutcomeRow[];
  if (alsoWrite) {
    rows = await db().$transaction(async (tx) => {
      const written = await tx.$queryRaw<OutcomeRow[]>(statement);
      await alsoWrite(tx);
      return written;
    });
  } else {
    rows = await querySql<OutcomeRow>(statement);
  }
  const [row] = rows;
  if (!row) return null;
  const { waitingNotificationIds, ...summary } = row;
  if (!waitingNotificationIds.length) return summary;
  // Notifications can overtake the answer that names the voice order (a lost answer
  // reconciled later): the ones kept as unmatched apply now that the order is known. One
  // stored while this statement ran, or left by a stop right here, is the sweep's
  // (lib/jobs/sweep-stuck-orders.ts).
  await applyNotifications(order.organizationId, waitingNotificationIds);
  return null;
}

type OutcomeRow = OrderSummary & { waitingNotificationIds: string[] };

/** More to write with the outcome, in its transaction: both are kept, or neither. */
export type AlsoWrite = (tx: Prisma.TransactionClient) => Promise<unknown>;

/**
 * The order's new state, its timeline entry, and the mirror's rows for `numbers` upserted
 * and linked to it (two statements' worth whatever the count: an install may carry 399
 * numbers), as one statement of data-modifying CTEs. Nothing happens for an order that
 * no longer exists.
 */
function outcomeStatement(order: OrderForOutcome, outcome: Outcome, numbers: string[]): Prisma.Sql {
  const changes = [Prisma.sql`"status" = ${outcome.status}::"OrderStatus"`, Prisma.sql`"updatedAt" = now()`];
  if (outcome.voiceOrderId !== undefined) changes.push(Prisma.sql`"voiceOrderId" = ${outcome.voiceOrderId}`);
  if (outcome.response !== undefined) changes.push(Prisma.sql`"response" = ${jsonParam(outcome.response)}::jsonb`);
  if (outcome.lumenCode !== undefined) changes.push(Prisma.sql`"lumenCode" = ${outcome.lumenCode}::int`);
  if (outcome.lumenMessage !== undefined) changes.push(Prisma.sql`"lumenMessage" = ${outcome.lumenMessage}::text`);
  if (outcome.statusReason !== undefined) changes.push(Prisma.sql`"statusReason" = ${outcome.statusReason}::text`);
  if (FINAL_STATUSES.has(outcome.status) && outcome.status !== "failed") changes.push(Prisma.sql`"completedAt" = now()`);

  const status = numberStatusAfter(order.type, outcome.status);
  // Reservations, installs and ports put numbers on a product. A change or a disconnect
  // only names one, and Lumen does not hold it against the numbers: it never moves a
  // number the portal knows to another product.
  const productOfKnown = SETS_PRODUCT.has(order.type)
    ? Prisma.sql`COALESCE(${order.productId}, "TelephoneNumber"."productId")`
    : Prisma.sql`"TelephoneNumber"."productId"`;
  const linked = numbers.length
    ? Prisma.sql`,
      "numbers" AS (
        INSERT INTO "TelephoneNumber" ("id", "organizationId", "subAccountId", "tn", "status", "productId", "createdAt", "updatedAt")
        SELECT n."id", ${order.organizationId}, ${order.subAccountId}, n."tn", COALESCE(${status}::"TelephoneNumberStatus", 'active'), ${order.productId}, now(), now()
        FROM unnest(${numbers.map(() => `tn_${crypto.randomUUID()}`)}::text[], ${numbers}::text[]) AS n("id", "tn")
        WHERE EXISTS (SELECT 1 FROM "updated")
        ON CONFLICT ("organizationId", "tn") DO UPDATE SET
          "status" = COALESCE(${status}::"TelephoneNumberStatus", "TelephoneNumber"."status"),
          "productId" = ${productOfKnown},
          "updatedAt" = now()
        RETURNING "id"),
      "linked" AS (
        INSERT INTO "OrderTelephoneNumber" ("orderId", "telephoneNumberId")
        SELECT ${order.id}, "id" FROM "numbers"
        ON CONFLICT DO NOTHING)`
    : Prisma.empty;

  // Only an outcome that names the voice order can make waiting notifications match.
  const waiting = outcome.voiceOrderId
    ? Prisma.sql`ARRAY(
        SELECT n."id" FROM "Notification" n
        WHERE n."organizationId" = u."organizationId" AND n."voiceOrderId" = u."voiceOrderId" AND n."outcome" = 'unmatched'
        ORDER BY n."lumenCreatedAt", n."receivedAt")`
    : Prisma.sql`ARRAY[]::text[]`;

  return Prisma.sql`
    WITH "updated" AS (
      UPDATE "Order" SET ${Prisma.join(changes, ", ")}
      WHERE "id" = ${order.id}
      RETURNING *),
    "event" AS (
      INSERT INTO "OrderEvent" ("id", "orderId", "kind", "status", "lumenCode", "message", "data")
      SELECT ${`oev_${crypto.randomUUID()}`}, "id", ${outcome.event}::"OrderEventKind", ${outcome.status}::"OrderStatus",
        ${outcome.lumenCode ?? null}::int, ${outcome.message}, ${jsonParam(outcome.data)}::jsonb
      FROM "updated")${linked}
    SELECT ${ORDER_SUMMARY_SQL}, ${waiting} AS "waitingNotificationIds"
    FROM "updated" u`;
}

/** What Lumen said when it accepted an order (or when we found it there afterwards). */
export function acceptedOutcome(
  answer: LumenResponse<"OrderAcceptedResponse">,
  event: "accepted" | "reconciled",
  message: string,
): Outcome {
  return {
    status: portalStatusOf(answer.status),
    event,
    message,
    voiceOrderId: answer.voiceOrderId,
    response: answer as Prisma.InputJsonValue,
  };
}

/** The order types that put their numbers on their product. */
const SETS_PRODUCT: ReadonlySet<string> = new Set(["reserve", "install", "port"]);

/**
 * The mirror's status for the numbers of an order in a given state: an install or port
 * in flight holds its numbers `pending`, a completed one makes them `active`; a
 * disconnect ends at `disconnected`. A change leaves the status alone (null).
 */
export function numberStatusAfter(type: string, status: OrderStatus): TelephoneNumberStatus | null {
  const done = status === "completed";
  // A refused or cancelled order leaves its numbers where they were before it: an install
  // returns them to reserved inventory, a port never brought them in (not_ported, never
  // held), a disconnect keeps them.
  const undone = status === "rejected" || status === "cancelled" || status === "failed";
  switch (type) {
    case "install":
      return done ? "active" : undone ? "reserved" : "pending";
    case "port":
      return done ? "active" : undone ? "not_ported" : "pending";
    case "disconnect":
      return done ? "disconnected" : undone ? "active" : "pending";
    case "reserve":
      return "reserved";
    default:
      return null;
  }
}

/** Moves every number linked to an order to `status` (a notification completed or ended it). */
export async function setLinkedNumbersStatus(tx: Prisma.TransactionClient, orderId: string, status: TelephoneNumberStatus): Promise<void> {
  await tx.$executeRaw`
    UPDATE "TelephoneNumber" SET "status" = ${status}::"TelephoneNumberStatus", "updatedAt" = now()
    WHERE "id" IN (SELECT "telephoneNumberId" FROM "OrderTelephoneNumber" WHERE "orderId" = ${orderId})`;
}
