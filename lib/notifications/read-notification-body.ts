import { readLimitedBody } from "@/lib/http/read-limited-body";
import { PartnerNotificationError } from "./partner-notification-error";

/**
 * The largest webhook body the portal reads. A PartnerNotification is well under 2 KB;
 * the longest message in the guide is about 600 characters.
 */
export const NOTIFICATION_BODY_LIMIT_BYTES = 64 * 1024;

/** Reads a webhook (or webhook token) request body as text, refusing it (413) past the limit. */
export async function readNotificationBody(request: Request, limitBytes = NOTIFICATION_BODY_LIMIT_BYTES): Promise<string> {
  const body = await readLimitedBody(request, limitBytes, () => tooLarge(limitBytes));
  // Invalid UTF-8 becomes U+FFFD rather than an error: the body is still kept as it came.
  return new TextDecoder("utf-8").decode(body);
}

function tooLarge(limitBytes: number) {
  return new PartnerNotificationError("too_large", `The request body may be at most ${limitBytes / 1024} KiB.`);
}
