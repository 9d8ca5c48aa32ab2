// PUT /voice/notifications — Lumen's order notifications (the guide's "Web hooks / Notifications")
import type { NextRequest } from "next/server";
import { clientAddress } from "@/lib/auth/client-address";
import { toErrorBody } from "@/lib/errors/to-error-body";
import { receiveWebhookNotification } from "@/lib/notifications/receive-webhook-notification";
import { authenticateWebhook } from "@/lib/webhooks/authenticate-webhook";
import { WebhookAuthError, webhookUnauthorizedResponse } from "@/lib/webhooks/webhook-auth-error";
import { jsonAnswer } from "@/lib/http/json-answer";

// 200 only once the notification is committed, so Lumen redelivers anything we did not keep.
export async function PUT(request: NextRequest): Promise<Response> {
  try {
    const org = await authenticateWebhook(request.headers, clientAddress(request.headers));
    await receiveWebhookNotification(org, request);
    return new Response(null, { status: 200 });
  } catch (error) {
    if (error instanceof WebhookAuthError) return webhookUnauthorizedResponse();
    const { status, body } = toErrorBody(error);
    return jsonAnswer(body, { status });
  }
}
