import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { POST as tokenRoute } from "@/app/api/webhook-token/route";
import { PUT as notificationsRoute } from "@/app/voice/notifications/route";
import { sealSecret } from "@/lib/crypto/secret-box";
import type { OrderStatus, OrderType, WebhookAuthMode } from "@/lib/db/generated/enums";
import { createTestOrganization, testDb } from "@/test/fixtures";

// Test support: Lumen's side of the webhook, through the real route handlers.

export const basicAuth = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

/** PUT /voice/notifications as Lumen sends it; `body` may be a stream, to see how much of it is read. */
export async function putNotification(body: string | ReadableStream<Uint8Array>, authorization: string | null, headers: Record<string, string> = {}) {
  const request = new NextRequest("http://localhost:3000/voice/notifications", {
    method: "PUT",
    headers: { "content-type": "application/xml", ...(authorization && { authorization }), ...headers },
    body,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
  const response = await notificationsRoute(request);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as { error: { code: string; details?: { problem?: string } } }) : null };
}

/** POST /api/webhook-token with client credentials in the Basic header (or in the form). */
export async function requestToken(clientId: string, clientSecret: string, options: { inBody?: boolean; grantType?: string } = {}) {
  const form = new URLSearchParams({ grant_type: options.grantType ?? "client_credentials" });
  if (options.inBody) {
    form.set("client_id", clientId);
    form.set("client_secret", clientSecret);
  }
  const request = new NextRequest("http://localhost:3000/api/webhook-token", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(!options.inBody && { authorization: basicAuth(clientId, clientSecret) }) },
    body: form.toString(),
  });
  const response = await tokenRoute(request);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, string | number> };
}

/** An organization whose webhook signs in with `mode`, its principal and secret known to the test. */
export async function createWebhookOrganization(label: string, mode: WebhookAuthMode) {
  const org = await createTestOrganization(label);
  const principal = `lumen-${mode}-${org.slug}`;
  const secret = `secret-${randomUUID()}`;
  await testDb.organization.update({
    where: { id: org.id },
    data: { webhookAuthMode: mode, webhookPrincipal: principal, webhookSecretEnc: sealSecret(secret) },
  });
  return { ...org, principal, secret };
}

/** An order Lumen has accepted, as the engine leaves it once the voice order id is known. */
export function createAcceptedOrder(organizationId: string, type: OrderType, status: OrderStatus = "accepted") {
  return testDb.order.create({
    data: {
      organizationId,
      type,
      status,
      productId: "2036",
      idempotencyKey: randomUUID(),
      externalOrderId: `ext-${randomUUID()}`,
      voiceOrderId: `VO${randomUUID().replace(/\D/g, "").padEnd(8, "0").slice(0, 8)}`,
      request: {},
    },
  });
}

/** Lumen's creation time of a notification, to the second, as the sandbox stamps it. */
export const lumenNow = () => `${new Date().toISOString().slice(0, 19)}Z`;
