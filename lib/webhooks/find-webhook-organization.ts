import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { queryPrepared } from "@/lib/db/prepared-statement";
import type { WebhookAuthMode } from "@/lib/db/generated/enums";
import { openSecret } from "@/lib/crypto/secret-box";

// The organization whose webhook credentials these are. The principal (Basic user name or
// OAuth client id) is unique across organizations, so it names the organization; the
// secret is compared in constant time, and an unknown principal costs the same compare,
// so the answer's timing does not tell which principals exist.

export interface WebhookOrganization {
  id: string;
  customerNumber: string;
  webhookAuthMode: WebhookAuthMode;
  webhookPrincipal: string | null;
  webhookSecretEnc: string | null;
}

export const WEBHOOK_ORGANIZATION_SELECT = {
  id: true,
  customerNumber: true,
  webhookAuthMode: true,
  webhookPrincipal: true,
  webhookSecretEnc: true,
} as const;

// Every PUT of a burst runs this: a prepared statement, as the membership check is.
const BY_PRINCIPAL_SQL = `
  SELECT ${Object.keys(WEBHOOK_ORGANIZATION_SELECT).map((column) => `"${column}"`).join(", ")}
  FROM "Organization" WHERE "webhookPrincipal" = $1 LIMIT 1`;

export async function findWebhookOrganization(mode: WebhookAuthMode, principal: string, secret: string): Promise<WebhookOrganization | null> {
  const [org] = principal ? await queryPrepared<WebhookOrganization>("webhook-organization", BY_PRINCIPAL_SQL, [principal]) : [];
  const stored = org?.webhookSecretEnc ? openSecret(org.webhookSecretEnc) : null;
  const matches = sameSecret(secret, stored ?? "\u0000no secret stored\u0000");
  return org && stored !== null && matches && org.webhookAuthMode === mode ? org : null;
}

/** Compares digests, so neither the length nor the content of the secret leaks through timing. */
function sameSecret(given: string, stored: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(stored));
}
