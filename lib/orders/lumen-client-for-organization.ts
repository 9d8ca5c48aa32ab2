import "server-only";
import { db } from "@/lib/db/client";
import { openSecret } from "@/lib/crypto/secret-box";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { createLumenClient, type LumenClient } from "@/lib/lumen/client";

/**
 * A Lumen client acting for one organization, with its own credentials (decrypted
 * here, on the server, and nowhere else) and customer number. Tokens are shared through
 * the client's process-wide cache, so building a client per request costs nothing.
 */
export async function lumenClientForOrganization(organizationId: string): Promise<LumenClient> {
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
  return createLumenClient({
    baseUrl: org.lumenBaseUrl,
    customerNumber: org.customerNumber,
    clientId: openSecret(org.clientIdEnc),
    clientSecret: openSecret(org.clientSecretEnc),
    timeoutMs: Number(process.env.LUMEN_TIMEOUT_MS ?? 15_000),
    logger: logger.child({ organizationId }),
  });
}
