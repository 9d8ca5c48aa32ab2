import "server-only";
import { db } from "@/lib/db/client";
import { openSecret } from "@/lib/crypto/secret-box";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { createLumenClient, type LumenClient } from "@/lib/lumen/client";

// A client per organization, kept for a short while: reading and decrypting the
// credentials on every request cost a database round trip each time. A settings change
// on this instance forgets the client at once; other instances pick the change up within
// CLIENT_TTL_MS (tokens already issued stay valid at Lumen for their lifetime anyway).
const CLIENT_TTL_MS = 30_000;
const clients = new Map<string, { client: LumenClient; expiresAt: number }>();

/**
 * A Lumen client acting for one organization, with its own credentials (decrypted
 * here, on the server, and nowhere else) and customer number. Tokens are shared through
 * the client's process-wide cache.
 */
export async function lumenClientForOrganization(organizationId: string): Promise<LumenClient> {
  const cached = clients.get(organizationId);
  if (cached && cached.expiresAt > Date.now()) return cached.client;

  const org = await db().organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { lumenBaseUrl: true, customerNumber: true, clientIdEnc: true, clientSecretEnc: true },
  });
  if (!org.clientIdEnc || !org.clientSecretEnc) {
    throw new AppError(
      "LUMEN_NOT_CONFIGURED",
      "This organization has no Lumen credentials yet. An admin can add the client ID and secret under Settings.",
    );
  }
  const client = createLumenClient({
    baseUrl: org.lumenBaseUrl,
    customerNumber: org.customerNumber,
    clientId: openSecret(org.clientIdEnc),
    clientSecret: openSecret(org.clientSecretEnc),
    timeoutMs: Number(process.env.LUMEN_TIMEOUT_MS ?? 15_000),
    logger: logger.child({ organizationId }),
  });
  clients.set(organizationId, { client, expiresAt: Date.now() + CLIENT_TTL_MS });
  return client;
}

/** After the organization's Lumen settings changed: the next call reads them again. */
export function forgetLumenClient(organizationId: string): void {
  clients.delete(organizationId);
}
