import { getLumenCode, getLumenNotification } from "@/lib/lumen/codes";

// Lumen's codes as the sandbox uses them. Messages and statuses are looked up in the
// contract's code table, never typed here, so the simulator says exactly what the
// portal's client expects.

/**
 * A push notification's message. `fill` replaces the variable part some messages name
 * in braces or angle brackets ("{ORDER_Telephone number_QTY}", "<telephone Number>").
 */
export function notificationMessage(code: number, fill?: string): string {
  const message = getLumenNotification(code).message;
  return fill === undefined ? message : message.replace(/\{[^}]+\}|<[^>]+>/, fill);
}

/**
 * The HTTP status for a synchronous rejection. Codes the guide lists only as push
 * notifications (1403, 1429, 20107, 20066 …) have no status of their own; the sandbox
 * answers them as 400 Bad Request, the guide's catch-all for order rejections.
 */
export function lumenHttpStatus(code: number): number {
  return getLumenCode(code).httpStatus ?? 400;
}

/** Thrown by request handlers and order rules to answer with a Lumen code; the server turns it into the error body. */
export class LumenRejection extends Error {
  constructor(readonly code: number) {
    super(`Lumen code ${code}`);
  }
}

/** Lumen's date-time format, YYYY-MM-DDTHH:MM:SSZ (UTC, no milliseconds). */
export function lumenDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
