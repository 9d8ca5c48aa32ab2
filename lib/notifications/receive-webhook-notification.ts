import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { lumenClientForOrganization } from "@/lib/organizations/lumen-client-for-organization";
import type { WebhookOrganization } from "@/lib/webhooks/find-webhook-organization";
import { ingestNotification, recordMalformedNotification, type IngestResult } from "./ingest-notification";
import { parsePartnerNotification } from "./parse-partner-notification";
import { mirrorReservedNumbers } from "./poll-notifications";
import { PartnerNotificationError } from "./partner-notification-error";
import { readNotificationBody } from "./read-notification-body";

// One PUT of Lumen's webhook, once its credentials named the organization: the body is
// read within its limit, parsed, checked to be about this organization's customer number,
// and committed through ingestion before the route answers 200. A body the portal cannot
// read is kept as malformed for inspection; one about another customer is kept nowhere.

/** The guide shows an XML payload and names no content type; a missing one is accepted. */
const XML_TYPE = /^(application|text)\/([\w.+-]+\+)?xml\b/i;

export async function receiveWebhookNotification(org: WebhookOrganization, request: Request): Promise<IngestResult> {
  const type = request.headers.get("content-type");
  if (type && !XML_TYPE.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the PartnerNotification as XML (Content-Type: application/xml).");
  }
  const rawBody = await readNotificationBody(request);

  let notification;
  try {
    notification = parsePartnerNotification(rawBody);
  } catch (error) {
    if (!(error instanceof PartnerNotificationError)) throw error;
    const { notificationId } = await recordMalformedNotification({ organizationId: org.id, source: "webhook", rawBody, error: error.message });
    logger.warn({ organizationId: org.id, notificationId, problem: error.problem }, "webhook notification kept as malformed");
    throw error;
  }

  if (notification.customerNumber !== org.customerNumber) {
    logger.warn(
      { organizationId: org.id, bodyCustomerNumber: notification.customerNumber.slice(0, 64), voiceOrderId: notification.voiceOrderId.slice(0, 64) },
      "webhook notification for another customer number refused",
    );
    throw new AppError("FORBIDDEN", "These credentials may not send notifications for that customer number.");
  }

  const result = await ingestNotification({ organizationId: org.id, source: "webhook", rawBody, notification });
  logger.info(
    { organizationId: org.id, notificationId: result.notificationId, code: notification.notificationCode, outcome: result.outcome, duplicate: result.duplicate },
    "webhook notification received",
  );
  if (result.reservationCompleted && result.orderId) await tryMirrorReservedNumbers(org.id, result.orderId, notification.voiceOrderId);
  return result;
}

/**
 * A completed reservation's numbers are listed from Lumen and mirrored. The notification
 * is committed already; if Lumen cannot list them now, the stuck-order sweep does it later.
 */
async function tryMirrorReservedNumbers(organizationId: string, orderId: string, voiceOrderId: string): Promise<void> {
  try {
    await mirrorReservedNumbers(await lumenClientForOrganization(organizationId), orderId, voiceOrderId);
  } catch (error) {
    logger.warn({ organizationId, orderId, error: error instanceof Error ? error.message : String(error) }, "reserved numbers not mirrored yet");
  }
}
