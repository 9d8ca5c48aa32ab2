import "server-only";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { applyWaitingNotifications } from "./ingest-notification";

// A notification that comes before its order has a voice order id is kept as unmatched,
// and the statement that gives the order its id applies the ones waiting
// (record-order-outcome.ts). Two kinds can slip past that statement: one whose ingestion
// looked for the order just before the id was committed but was itself committed just
// after the statement looked, and any left when the process stopped between the two.
// The sweep finds them: unmatched, recent, and with an order that now has their voice
// order id. "Recent" (a day) keeps the look cheap on the receivedAt index; an older one
// can still be replayed from the notifications page.

const LOOK_BACK = "1 day";
/** Per run; the next run, a minute later, takes the rest. */
const BATCH = 50;

/** Applies overlooked notifications; answers how many it applied. */
export async function applyOverlookedNotifications(): Promise<number> {
  const overlooked = await db().$queryRaw<Array<{ organizationId: string; voiceOrderId: string }>>`
    SELECT DISTINCT n."organizationId", n."voiceOrderId"
    FROM "Organization" org
    CROSS JOIN LATERAL (
      SELECT n."organizationId", n."voiceOrderId" FROM "Notification" n
      WHERE n."organizationId" = org."id" AND n."outcome" = 'unmatched'
        AND n."receivedAt" > (now() AT TIME ZONE 'UTC') - ${LOOK_BACK}::interval) n
    WHERE EXISTS (SELECT 1 FROM "Order" o WHERE o."voiceOrderId" = n."voiceOrderId" AND o."organizationId" = n."organizationId")
    LIMIT ${BATCH}`;
  let applied = 0;
  for (const { organizationId, voiceOrderId } of overlooked) {
    try {
      applied += await applyWaitingNotifications(organizationId, voiceOrderId);
    } catch (error) {
      logger.warn({ organizationId, voiceOrderId, error: error instanceof Error ? error.message : String(error) }, "overlooked notifications not applied yet");
    }
  }
  return applied;
}
