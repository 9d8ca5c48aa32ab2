import { AppError } from "@/lib/errors/app-error";

/** Why a webhook body was refused; each reason has its own HTTP status and words. */
export type NotificationBodyProblem = "too_large" | "doctype" | "malformed" | "missing_fields";

/**
 * A body that is not a PartnerNotification the portal will read. Too large → 413; a
 * DOCTYPE or entity declaration, XML that is not well formed, or fields missing → 400.
 */
export class PartnerNotificationError extends AppError {
  readonly problem: NotificationBodyProblem;

  constructor(problem: NotificationBodyProblem, message: string) {
    super(problem === "too_large" ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", message, { details: { problem } });
    this.name = "PartnerNotificationError";
    this.problem = problem;
  }
}
