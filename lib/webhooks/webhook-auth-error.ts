import { jsonAnswer } from "@/lib/http/json-answer";

/** Lumen's credentials did not name an organization: 401, with the challenge RFC 7235 asks for. */
export class WebhookAuthError extends Error {
  constructor(readonly reason: string) {
    super("The credentials for Lumen's notifications were not accepted.");
    this.name = "WebhookAuthError";
  }
}

/** Either scheme may be configured, and the caller is unknown until it is authenticated: offer both. */
export const WEBHOOK_CHALLENGE = 'Basic realm="Lumen notifications", Bearer realm="Lumen notifications"';

export function webhookUnauthorizedResponse(): Response {
  return jsonAnswer(
    { error: { code: "UNAUTHENTICATED", message: "The credentials for Lumen's notifications were not accepted." } },
    { status: 401, headers: { "WWW-Authenticate": WEBHOOK_CHALLENGE } },
  );
}
