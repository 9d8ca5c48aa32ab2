import "server-only";
import { db } from "@/lib/db/client";
import type { OrderEventKind, OrderStatus, TelephoneNumberStatus } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import type { LumenResponse } from "@/lib/lumen/client/lumen-client-types";
import { applyWaitingNotifications } from "@/lib/notifications/ingest-notification";
import { recordApprovalSent } from "./backorder-approval-sent";
import { DONE_WHEN_ACCEPTED, FINAL_STATUSES, portalStatusOf } from "./lumen-status";

// Every change to an order after it was written goes through here, together with its
// timeline entry, in one transaction: the order row and its history never disagree.

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

export async function recordOutcome(order: OrderForOutcome, given: Outcome, numbers: string[] = []): Promise<void> {
  const accepted = given.event === "accepted" || given.event === "reconciled";
  const outcome = accepted && DONE_WHEN_ACCEPTED.has(order.type) ? { ...given, status: "completed" as const } : given;
  await db().$transaction(async (tx) => {
    await tx.order.update({
      where: { id: order.id },
      data: {
        status: outcome.status,
        ...(outcome.voiceOrderId !== undefined && { voiceOrderId: outcome.voiceOrderId }),
        ...(outcome.response !== undefined && { response: outcome.response }),
        ...(outcome.lumenCode !== undefined && { lumenCode: outcome.lumenCode }),
        ...(outcome.lumenMessage !== undefined && { lumenMessage: outcome.lumenMessage }),
        ...(outcome.statusReason !== undefined && { statusReason: outcome.statusReason }),
        ...(FINAL_STATUSES.has(outcome.status) && outcome.status !== "failed" && { completedAt: new Date() }),
      },
    });
    await tx.orderEvent.create({
      data: {
        orderId: order.id,
        kind: outcome.event,
        status: outcome.status,
        lumenCode: outcome.lumenCode ?? null,
        message: outcome.message,
        data: outcome.data,
      },
    });
    if (numbers.length) await linkNumbers(tx, order, numbers, numberStatusAfter(order.type, outcome.status));
    if (order.type === "approval" && accepted) await recordApprovalSent(tx, order.id);
  });
  // Notifications can overtake the answer that names the voice order (a lost answer
  // reconciled later): the ones kept as unmatched apply now that the order is known.
  if (outcome.voiceOrderId) await applyWaitingNotifications(order.organizationId, outcome.voiceOrderId);
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

/**
 * The mirror's status for the numbers of an order in a given state: an install or port
 * in flight holds its numbers `pending`, a completed one makes them `active`; a
 * disconnect ends at `disconnected`. A change leaves the status alone (null).
 */
export function numberStatusAfter(type: string, status: OrderStatus): TelephoneNumberStatus | null {
  const done = status === "completed";
  // A refused or cancelled order leaves its numbers where they were before it: an install
  // returns them to reserved inventory, a port never brought them in, a disconnect keeps them.
  const undone = status === "rejected" || status === "cancelled" || status === "failed";
  switch (type) {
    case "install":
      return done ? "active" : undone ? "reserved" : "pending";
    case "port":
      return done ? "active" : undone ? "disconnected" : "pending";
    case "disconnect":
      return done ? "disconnected" : undone ? "active" : "pending";
    case "reserve":
      return "reserved";
    default:
      return null;
  }
}

/**
 * Upserts the mirror's rows for `numbers` and links them to the order, in two statements
 * whatever the count (an install may carry 399 numbers).
 */
async function linkNumbers(
  tx: Prisma.TransactionClient,
  order: OrderForOutcome,
  numbers: string[],
  status: TelephoneNumberStatus | null,
): Promise<void> {
  const ids = numbers.map(() => `tn_${crypto.randomUUID()}`);
  await tx.$executeRaw`
    INSERT INTO "TelephoneNumber" ("id", "organizationId", "subAccountId", "tn", "status", "productId", "createdAt", "updatedAt")
    SELECT id, ${order.organizationId}, ${order.subAccountId}, tn, COALESCE(${status}::"TelephoneNumberStatus", 'active'), ${order.productId}, now(), now()
    FROM unnest(${ids}::text[], ${numbers}::text[]) AS n(id, tn)
    ON CONFLICT ("organizationId", "tn") DO UPDATE SET
      "status" = COALESCE(${status}::"TelephoneNumberStatus", "TelephoneNumber"."status"),
      "productId" = COALESCE(${order.productId}, "TelephoneNumber"."productId"),
      "updatedAt" = now()`;
  await tx.$executeRaw`
    INSERT INTO "OrderTelephoneNumber" ("orderId", "telephoneNumberId")
    SELECT ${order.id}, "id" FROM "TelephoneNumber"
    WHERE "organizationId" = ${order.organizationId} AND "tn" = ANY(${numbers}::text[])
    ON CONFLICT DO NOTHING`;
}

/** Moves every number linked to an order to `status` (a notification completed or ended it). */
export async function setLinkedNumbersStatus(tx: Prisma.TransactionClient, orderId: string, status: TelephoneNumberStatus): Promise<void> {
  await tx.$executeRaw`
    UPDATE "TelephoneNumber" SET "status" = ${status}::"TelephoneNumberStatus", "updatedAt" = now()
    WHERE "id" IN (SELECT "telephoneNumberId" FROM "OrderTelephoneNumber" WHERE "orderId" = ${orderId})`;
}
