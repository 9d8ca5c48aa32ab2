import "server-only";
import { logger } from "@/lib/log/logger";
import { decodeBasic } from "./authenticate-webhook";
import { findWebhookOrganization } from "./find-webhook-organization";
import { WEBHOOK_TOKEN_LIFETIME_SECONDS, signWebhookToken } from "./webhook-token";

// The portal as the authorization server of its own webhook (the guide's OAuth 2 mode):
// Lumen presents the client id and secret from Settings with the client-credentials grant
// (RFC 6749 §4.4) and gets a bearer token for PUT /voice/notifications. Errors use the
// RFC's words (§5.2), since Lumen's client reads those.

export type TokenAnswer =
  | { status: 200; body: { access_token: string; token_type: "Bearer"; expires_in: number } }
  | { status: 400 | 401; body: { error: "invalid_request" | "invalid_client" | "unsupported_grant_type"; error_description: string } };

export async function issueWebhookToken(authorization: string | null, form: URLSearchParams, address: string): Promise<TokenAnswer> {
  const fromHeader = /^basic\s+/i.test(authorization ?? "") ? decodeBasic(authorization!.replace(/^basic\s+/i, "").trim()) : null;
  const fromBody = form.has("client_id") ? { user: form.get("client_id") ?? "", password: form.get("client_secret") ?? "" } : null;
  if (fromHeader && fromBody) return refuse(400, "invalid_request", "Send the client credentials once: in the Authorization header or in the body.");

  const grant = form.get("grant_type");
  if (!grant) return refuse(400, "invalid_request", "grant_type is missing.");
  if (grant !== "client_credentials") return refuse(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");

  const client = fromHeader ?? fromBody;
  const org = client ? await findWebhookOrganization("oauth", client.user, client.password) : null;
  if (!org) {
    logger.warn({ reason: client ? "client credentials do not match" : "no client credentials", clientPrincipal: client?.user.slice(0, 80) ?? null, address }, "webhook token refused");
    return refuse(401, "invalid_client", "Client authentication failed.");
  }
  return {
    status: 200,
    body: { access_token: await signWebhookToken(org.id, org), token_type: "Bearer", expires_in: WEBHOOK_TOKEN_LIFETIME_SECONDS },
  };
}

function refuse<S extends 400 | 401, E extends "invalid_request" | "invalid_client" | "unsupported_grant_type">(status: S, error: E, description: string) {
  return { status, body: { error, error_description: description } } as const;
}
