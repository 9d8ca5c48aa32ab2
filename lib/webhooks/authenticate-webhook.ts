import "server-only";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { WebhookAuthError } from "./webhook-auth-error";
import { WEBHOOK_ORGANIZATION_SELECT, findWebhookOrganization, type WebhookOrganization } from "./find-webhook-organization";
import { credentialsFingerprint, readWebhookToken } from "./webhook-token";

// Who is calling PUT /voice/notifications: Lumen, on behalf of the organization whose
// webhook credentials it presents. Basic (user name and password from Settings) or Bearer
// (a token from POST /api/webhook-token), whichever mode the organization chose. A refusal
// is logged with its reason and the caller's address, never with the secret or token.

export async function authenticateWebhook(headers: Headers, address: string): Promise<WebhookOrganization> {
  const authorization = headers.get("authorization") ?? "";
  const [scheme = "", credentials = ""] = authorization.trim().split(/\s+/, 2);
  try {
    if (/^basic$/i.test(scheme)) return await byBasic(credentials);
    if (/^bearer$/i.test(scheme)) return await byBearer(credentials);
    throw new WebhookAuthError(authorization ? "unsupported scheme" : "no credentials");
  } catch (error) {
    if (error instanceof WebhookAuthError) {
      logger.warn({ reason: error.reason, scheme: scheme.toLowerCase() || null, address }, "webhook credentials refused");
    }
    throw error;
  }
}

/** Basic credentials as RFC 7617 encodes them: base64 of "user:password" (the password may hold colons). */
export function decodeBasic(credentials: string): { user: string; password: string } | null {
  const decoded = Buffer.from(credentials, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon > 0 ? { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : null;
}

async function byBasic(credentials: string): Promise<WebhookOrganization> {
  const basic = decodeBasic(credentials);
  if (!basic) throw new WebhookAuthError("unreadable Basic credentials");
  const org = await findWebhookOrganization("basic", basic.user, basic.password);
  if (!org) throw new WebhookAuthError(`Basic credentials do not match (user ${JSON.stringify(basic.user.slice(0, 80))})`);
  return org;
}

async function byBearer(token: string): Promise<WebhookOrganization> {
  const claims = token ? await readWebhookToken(token) : null;
  if (!claims) throw new WebhookAuthError("bearer token unknown or expired");
  const org = await db().organization.findUnique({ where: { id: claims.organizationId }, select: WEBHOOK_ORGANIZATION_SELECT });
  if (!org || org.webhookAuthMode !== "oauth" || !org.webhookSecretEnc) throw new WebhookAuthError("bearer token of an organization without OAuth webhook credentials");
  if (credentialsFingerprint(org) !== claims.fingerprint) throw new WebhookAuthError("bearer token issued before the webhook credentials changed");
  return org;
}
