// POST /api/webhook-token — bearer tokens for Lumen's notifications (OAuth 2 client credentials)
import type { NextRequest } from "next/server";
import { clientAddress } from "@/lib/auth/client-address";
import { PartnerNotificationError } from "@/lib/notifications/partner-notification-error";
import { readNotificationBody } from "@/lib/notifications/read-notification-body";
import { issueWebhookToken } from "@/lib/webhooks/issue-webhook-token";
import { jsonAnswer } from "@/lib/http/json-answer";

/** A token request is a few dozen bytes. */
const TOKEN_REQUEST_LIMIT_BYTES = 4 * 1024;
// RFC 6749 §5.1: token answers are never cached.
const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" };

export async function POST(request: NextRequest): Promise<Response> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(request.headers.get("content-type") ?? "")) {
    return oauthError(400, "invalid_request", "Send the token request as application/x-www-form-urlencoded.");
  }
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(await readNotificationBody(request, TOKEN_REQUEST_LIMIT_BYTES));
  } catch (error) {
    if (error instanceof PartnerNotificationError) return oauthError(413, "invalid_request", error.message);
    throw error;
  }
  const answer = await issueWebhookToken(request.headers.get("authorization"), form, clientAddress(request.headers));
  const headers: Record<string, string> = { ...NO_STORE };
  if (answer.status === 401) headers["WWW-Authenticate"] = 'Basic realm="Lumen notifications token"';
  return jsonAnswer(answer.body, { status: answer.status, headers });
}

function oauthError(status: number, error: string, description: string) {
  return jsonAnswer({ error, error_description: description }, { status, headers: NO_STORE });
}
