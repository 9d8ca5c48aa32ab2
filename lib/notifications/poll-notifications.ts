import "server-only";
import { db } from "@/lib/db/client";
import type { LumenClient } from "@/lib/lumen/client";
import type { NotificationsResponse } from "@/lib/lumen/schemas/notifications";
import { logger } from "@/lib/log/logger";
import { recordOutcomeWithNumbers } from "@/lib/orders/refresh-order";
import { lumenClientForOrganization } from "@/lib/organizations/lumen-client-for-organization";
import { notificationDedupeKey, type IncomingNotification } from "./incoming-notification";
import { ingestNotification } from "./ingest-notification";

// The webhook's safety net: asks Lumen's GET notifications for what it created since the
// organization's cursor and feeds every row to the same ingestion as the webhook, so a
// delivery Lumen dropped is still stored and applied, and one that came both ways is
// stored once.
//
// The cursor (Organization.notificationsPolledUntil) is Lumen's own createdAt of the
// latest notification ingested, not our clock: an upper bound taken from our clock would
// hide notifications stamped by a Lumen clock running ahead of ours. Each poll reads from
// the cursor minus POLL_OVERLAP_MS with no upper bound.

/**
 * Lumen may make a notification visible after a later one (stamped when the work happened,
 * published a moment later), so each poll reads ten minutes before the cursor again. Ten
 * minutes is far beyond such a lag plus clock jitter and re-reads only a few rows; rows
 * already stored are skipped, so the overlap costs no duplicate deliveries.
 */
export const POLL_OVERLAP_MS = 10 * 60 * 1000;

/** An organization's first poll without any order yet looks back one day (see firstPollStart). */
const FIRST_POLL_LOOKBACK_MS = 24 * 60 * 60 * 1000;

export type PollResult =
  | { status: "skipped"; reason: "no_credentials" }
  | { status: "polled"; received: number; ingested: number; polledUntil: Date | null };

type PolledRow = NotificationsResponse["notifications"][number];

/**
 * One poll of one organization. Throws when Lumen cannot be asked (the caller backs off);
 * the cursor then stays where the last ingested notification put it, so nothing is lost.
 */
export async function pollOrganizationNotifications(organizationId: string): Promise<PollResult> {
  const org = await db().organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { clientIdEnc: true, clientSecretEnc: true, notificationsPolledUntil: true },
  });
  if (!org.clientIdEnc || !org.clientSecretEnc) return { status: "skipped", reason: "no_credentials" };

  const cursor = org.notificationsPolledUntil;
  const from = cursor ? new Date(cursor.getTime() - POLL_OVERLAP_MS) : await firstPollStart(organizationId);
  const client = await lumenClientForOrganization(organizationId);
  const { notifications } = await client.listNotifications({ fromDateTime: lumenDateTime(from) });
  const rows = notifications.map((row) => ({ row, notification: incomingFromPolledRow(row) }));
  rows.sort((a, b) => (a.notification.lumenCreatedAt?.getTime() ?? 0) - (b.notification.lumenCreatedAt?.getTime() ?? 0));

  const alreadyPolled = cursor ? await storedKeys(organizationId, rows.filter((r) => isAtOrBefore(r.notification, cursor))) : new Set<string>();
  // Read again only because of the overlap: a previous poll or the webhook stored it.
  const fresh = rows.filter(({ notification }) => !alreadyPolled.has(notificationDedupeKey(notification)));
  // The page goes to ingestion at once, in Lumen's order: ingestion writes what arrives
  // together as one group (up to 100 a transaction) in arrival order, with the same result
  // as one by one, so a backlog after a webhook outage comes in at group speed.
  const outcomes = await Promise.allSettled(
    fresh.map(({ row, notification }) => ingestNotification({ organizationId, source: "poll", rawBody: JSON.stringify(row), notification })),
  );
  let polledUntil: Date | null = null;
  let ingested = 0;
  let failure: { reason: unknown } | null = null;
  try {
    for (const [index, outcome] of outcomes.entries()) {
      // Only past what was ingested in order: a failure leaves it and the rest for the next poll.
      if (outcome.status === "rejected") {
        failure = { reason: outcome.reason };
        break;
      }
      ingested++;
      const { notification } = fresh[index]!;
      if (notification.lumenCreatedAt && (!polledUntil || notification.lumenCreatedAt > polledUntil)) polledUntil = notification.lumenCreatedAt;
      const result = outcome.value;
      if (result.reservationCompleted && result.orderId) await tryMirrorReservedNumbers(client, organizationId, result.orderId, notification.voiceOrderId);
    }
  } finally {
    if (polledUntil) await advanceCursor(organizationId, polledUntil);
  }
  if (failure) throw failure.reason;
  return { status: "polled", received: rows.length, ingested, polledUntil };
}

/** A row of GET notifications as ingestion reads it (the same fields as the webhook's XML). */
export function incomingFromPolledRow(row: PolledRow): IncomingNotification {
  return {
    customerNumber: row.customerNumber,
    voiceOrderId: row.voiceOrderId,
    notificationCode: row.notificationCode,
    notificationMessage: row.notificationMessage,
    ...(row.rateCenter && { rateCenter: row.rateCenter }),
    ...(row.state && { state: row.state.toUpperCase() }),
    ...(row.focDate && { focDate: dateOrUndefined(row.focDate) }),
    lumenCreatedAt: dateOrUndefined(row.createdAt),
  };
}

/**
 * Without a cursor: from the organization's first order (no notification can concern an
 * order older than that), or the last day when it has none yet, so a webhook missed just
 * before the portal was set up is still picked up. Lumen keeps 180 days at most anyway.
 */
async function firstPollStart(organizationId: string): Promise<Date> {
  const first = await db().order.findFirst({ where: { organizationId }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
  return first ? new Date(first.createdAt.getTime() - POLL_OVERLAP_MS) : new Date(Date.now() - FIRST_POLL_LOOKBACK_MS);
}

function isAtOrBefore(notification: IncomingNotification, cursor: Date): boolean {
  return notification.lumenCreatedAt !== undefined && notification.lumenCreatedAt <= cursor;
}

async function storedKeys(organizationId: string, rows: Array<{ notification: IncomingNotification }>): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const stored = await db().notification.findMany({
    where: { organizationId, dedupeKey: { in: rows.map((r) => notificationDedupeKey(r.notification)) } },
    select: { dedupeKey: true },
  });
  return new Set(stored.map((s) => s.dedupeKey));
}

/** Never moves the cursor back, should two polls of one organization ever finish out of order. */
async function advanceCursor(organizationId: string, until: Date): Promise<void> {
  await db().organization.updateMany({
    where: { id: organizationId, OR: [{ notificationsPolledUntil: null }, { notificationsPolledUntil: { lt: until } }] },
    data: { notificationsPolledUntil: until },
  });
}

/** The timeline entry of a mirrored reservation; the sweep looks for it to mirror each one once. */
export const RESERVED_NUMBERS_RECORDED_MESSAGE = "Recorded the numbers Lumen put into reserved inventory.";

/**
 * A reservation completed: its numbers are now in Lumen's reserved inventory and are
 * mirrored with their rate centers. Also used by the stuck-order sweep
 * (lib/jobs/sweep-stuck-orders.ts) for a reservation whose numbers could not be listed
 * when its completion arrived.
 */
export async function mirrorReservedNumbers(client: LumenClient, orderId: string, voiceOrderId: string): Promise<void> {
  const order = await db().order.findUniqueOrThrow({
    where: { id: orderId },
    select: { id: true, organizationId: true, subAccountId: true, type: true, productId: true },
  });
  await recordOutcomeWithNumbers(
    client,
    order,
    { status: "completed", event: "status_changed", message: RESERVED_NUMBERS_RECORDED_MESSAGE },
    voiceOrderId,
  );
}

/** The notification is stored either way; numbers Lumen cannot list right now wait for the sweep. */
async function tryMirrorReservedNumbers(client: LumenClient, organizationId: string, orderId: string, voiceOrderId: string): Promise<void> {
  try {
    await mirrorReservedNumbers(client, orderId, voiceOrderId);
  } catch (error) {
    logger.warn({ organizationId, orderId, error: error instanceof Error ? error.message : String(error) }, "reserved numbers not mirrored yet");
  }
}

function lumenDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function dateOrUndefined(value: string): Date | undefined {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
