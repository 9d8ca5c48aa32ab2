import "server-only";
import { db } from "@/lib/db/client";
import type { OrderType } from "@/lib/db/generated/enums";
import { logger } from "@/lib/log/logger";
import { queueNotPlacedAlert } from "@/lib/alerts/queue-alerts";
import { applyOverlookedNotifications } from "@/lib/notifications/apply-overlooked-notifications";
import { mirrorReservedNumbers, RESERVED_NUMBERS_RECORDED_MESSAGE } from "@/lib/notifications/poll-notifications";
import { refreshOrder } from "@/lib/orders/refresh-order";
import { CARRIES_EXTERNAL_ORDER_ID } from "@/lib/orders/send-to-lumen";
import { SETTLED_BY_THEIR_ORDER } from "@/lib/orders/settle-acting-order";
import { lumenClientForOrganization } from "@/lib/organizations/lumen-client-for-organization";
import { systemTenant } from "./system-tenant";

// Orders the order engine could not finish: `submitting` long after it was written (the
// process stopped between writing the order and recording Lumen's answer) or
// `unconfirmed` (Lumen's answer was lost and asking did not tell). Each is reconciled
// with Lumen exactly as "Check with Lumen" on the order page does; one Lumen does not have
// is mailed to those who asked for "never reached Lumen" alerts. Also reservations
// completed by a notification whose numbers Lumen could not list at that moment, and
// notifications that waited for an order's voice order id and were overlooked when it came.

export const SWEEP_QUEUE = "sweep-stuck-orders";

/** Well past the engine's own time-outs and its one resend (about a minute at most). */
export const STUCK_AFTER_MS = 5 * 60 * 1000;
/** Per run; the next run, a minute later, takes the rest. */
const BATCH = 50;

export async function sweepStuckOrders(now = new Date()): Promise<{ reconciled: number; stillStuck: number; mirrored: number; notificationsApplied: number }> {
  const stuck = await db().order.findMany({
    where: {
      status: { in: ["submitting", "unconfirmed"] },
      updatedAt: { lt: new Date(now.getTime() - STUCK_AFTER_MS) },
      // Orders Lumen can be asked about: by their voice order id, the externalOrderID sent with
      // them, or (a cancel, a port now) the order they act on.
      OR: [
        { voiceOrderId: { not: null } },
        { type: { in: [...CARRIES_EXTERNAL_ORDER_ID] as OrderType[] } },
        { type: { in: [...SETTLED_BY_THEIR_ORDER] }, parentOrderId: { not: null } },
      ],
    },
    orderBy: { updatedAt: "asc" },
    take: BATCH,
    select: { id: true, organizationId: true },
  });
  let reconciled = 0;
  for (const order of stuck) {
    try {
      // Lumen does not have it: whoever asked for these alerts hears, with the record, that it was not placed.
      const { changed } = await refreshOrder(await systemTenant(order.organizationId), order.id, {
        whenNotPlaced: (tx) => queueNotPlacedAlert(order.id, tx),
      });
      if (changed) reconciled++;
    } catch (error) {
      logger.warn({ organizationId: order.organizationId, orderId: order.id, error: messageOf(error) }, "stuck order not reconciled yet");
    }
  }
  return {
    reconciled,
    stillStuck: stuck.length - reconciled,
    mirrored: await mirrorMissedReservations(),
    notificationsApplied: await applyOverlookedNotifications(),
  };
}

/** Completed reservations with no numbers and no record of having looked for them. */
async function mirrorMissedReservations(): Promise<number> {
  const missed = await db().order.findMany({
    where: {
      type: "reserve",
      status: "completed",
      voiceOrderId: { not: null },
      numbers: { none: {} },
      events: { none: { message: RESERVED_NUMBERS_RECORDED_MESSAGE } },
    },
    take: BATCH,
    select: { id: true, organizationId: true, voiceOrderId: true },
  });
  let mirrored = 0;
  for (const order of missed) {
    try {
      await mirrorReservedNumbers(await lumenClientForOrganization(order.organizationId), order.id, order.voiceOrderId!);
      mirrored++;
    } catch (error) {
      logger.warn({ organizationId: order.organizationId, orderId: order.id, error: messageOf(error) }, "reserved numbers not mirrored yet");
    }
  }
  return mirrored;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
