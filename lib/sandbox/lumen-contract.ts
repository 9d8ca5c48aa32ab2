import { getLumenCode, getLumenNotification } from "@/lib/lumen/codes";

// The one door from the sandbox into lib/lumen for codes: messages and statuses are looked
// up here, never typed, so the simulator speaks exactly the contract the portal's client
// is built from.

/** The message of a Lumen code; notifications use the notification row (20020 has both). */
export function lumenMessage(code: number, kind: "error" | "notification" = "error"): string {
  return kind === "notification" ? getLumenNotification(code).message : getLumenCode(code).message;
}

/**
 * The HTTP status for a synchronous rejection. Codes the guide lists only as push
 * notifications (1403, 1429, 20107, 20066 …) have no status of their own; the sandbox
 * answers them as 400 Bad Request, the guide's catch-all for order rejections.
 */
export function lumenHttpStatus(code: number): number {
  return getLumenCode(code).httpStatus ?? 400;
}

/**
 * Thrown by request handlers and order rules to answer with a Lumen code; the server
 * turns it into the error body. `fill` replaces the message's placeholder, if any.
 */
export class LumenRejection extends Error {
  constructor(
    readonly code: number,
    readonly fill?: string,
  ) {
    super(`Lumen code ${code}`);
  }
}
