import { PartnerNotificationError } from "./partner-notification-error";

/**
 * The largest webhook body the portal reads. A PartnerNotification is well under 2 KB;
 * the longest message in the guide is about 600 characters.
 */
export const NOTIFICATION_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Reads a webhook (or webhook token) request body as text, refusing it (413) as soon as it grows past the limit: a
 * declared Content-Length over it is refused unread, and a streamed body is cut off at the
 * first chunk that crosses it, so a 10 MB body never sits in memory.
 */
export async function readNotificationBody(request: Request, limitBytes = NOTIFICATION_BODY_LIMIT_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limitBytes) throw tooLarge(limitBytes);
  if (!request.body) return "";

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  // Invalid UTF-8 becomes U+FFFD rather than an error: the body is still kept as it came.
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

function tooLarge(limitBytes: number) {
  return new PartnerNotificationError("too_large", `The request body may be at most ${limitBytes / 1024} KiB.`);
}
