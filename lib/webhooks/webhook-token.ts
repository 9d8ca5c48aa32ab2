import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { loadSecretKey } from "@/lib/crypto/secret-box";

// Bearer tokens the portal issues to Lumen (POST /api/webhook-token) for the OAuth mode of
// the notifications webhook. A token is a JWT signed with a key derived from the portal's
// secret (not the session key: a token cannot pass for a session, nor the other way), and
// names the organization and a fingerprint of its webhook credentials, so changing the
// client id or secret in Settings ends every token issued before.

/** The guide: "A minimum token refresh rate of 24 hours is required." */
export const WEBHOOK_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

const ISSUER = "voice-portal";
const AUDIENCE = "lumen-webhook";

function tokenKey(): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", loadSecretKey(), "voice-portal", "lumen webhook bearer token", 32));
}

export interface WebhookCredentials {
  webhookPrincipal: string | null;
  webhookSecretEnc: string | null;
}

/** Changes whenever the principal or the secret does (a new secret is sealed with a new IV too). */
export function credentialsFingerprint(org: WebhookCredentials): string {
  return createHmac("sha256", tokenKey())
    .update(`${org.webhookPrincipal ?? ""}\u0000${org.webhookSecretEnc ?? ""}`)
    .digest("base64url")
    .slice(0, 22);
}

export async function signWebhookToken(organizationId: string, org: WebhookCredentials): Promise<string> {
  return new SignJWT({ cv: credentialsFingerprint(org) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(organizationId)
    .setIssuedAt()
    .setExpirationTime(`${WEBHOOK_TOKEN_LIFETIME_SECONDS}s`)
    .sign(tokenKey());
}

/** The organization and credential fingerprint a token names, or null when it is not one of ours or has expired. */
export async function readWebhookToken(token: string): Promise<{ organizationId: string; fingerprint: string } | null> {
  try {
    const { payload } = await jwtVerify(token, tokenKey(), { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || typeof payload.cv !== "string") return null;
    return { organizationId: payload.sub, fingerprint: payload.cv };
  } catch {
    return null;
  }
}
