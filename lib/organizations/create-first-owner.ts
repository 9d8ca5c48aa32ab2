import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword } from "@/lib/auth/password";
import { SetupSchema } from "@/lib/auth/schemas";
import { sealSecret } from "@/lib/crypto/secret-box";
import { recordAudit } from "@/lib/audit/record-audit";
import { sandboxWebhookCredentials } from "@/lib/sandbox/first-run-defaults";
import { uniqueOrganizationSlug } from "./unique-organization-slug";

// First run: creates the first owner and the first organization in one transaction.
// An advisory lock makes two simultaneous set-ups (two tabs, a double click) end with
// one owner: the second finds a user and is refused.
const FIRST_RUN_LOCK = 20_362_042;

export async function createFirstOwner(input: unknown, ipAddress: string | null): Promise<{ orgSlug: string; userId: string }> {
  const setup = SetupSchema.parse(input);
  const passwordHash = await hashPassword(setup.password);

  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_RUN_LOCK})`;
    if ((await tx.user.count()) > 0) {
      throw new AppError("CONFLICT", "The portal is already set up. Sign in instead.");
    }
    if (await tx.organization.findUnique({ where: { customerNumber: setup.customerNumber }, select: { id: true } })) {
      throw new AppError("CONFLICT", "An organization with this customer number exists already.", {
        fieldErrors: { customerNumber: ["An organization with this customer number exists already."] },
      });
    }
    const user = await tx.user.create({ data: { email: setup.email, name: setup.ownerName, passwordHash } });
    // On the local sandbox, its seeded webhook's credentials, so notifications arrive at once.
    const webhook = sandboxWebhookCredentials(setup.customerNumber, setup.lumenBaseUrl, setup.environment);
    const webhookFree = webhook && !(await tx.organization.findFirst({ where: { webhookPrincipal: webhook.webhookPrincipal }, select: { id: true } }));
    const organization = await tx.organization.create({
      data: {
        slug: await uniqueOrganizationSlug(tx, setup.organizationName),
        name: setup.organizationName,
        customerNumber: setup.customerNumber,
        environment: setup.environment,
        lumenBaseUrl: setup.lumenBaseUrl,
        clientIdEnc: setup.clientId ? sealSecret(setup.clientId) : null,
        clientSecretEnc: setup.clientSecret ? sealSecret(setup.clientSecret) : null,
        ...(webhook && webhookFree
          ? { webhookAuthMode: webhook.webhookAuthMode, webhookPrincipal: webhook.webhookPrincipal, webhookSecretEnc: sealSecret(webhook.webhookSecret) }
          : {}),
        memberships: { create: { userId: user.id, role: "owner" } },
      },
    });
    await recordAudit(
      {
        action: "setup.first_owner",
        organizationId: organization.id,
        actorUserId: user.id,
        targetType: "Organization",
        targetId: organization.id,
        after: {
          name: organization.name,
          customerNumber: organization.customerNumber,
          owner: user.email,
          environment: organization.environment,
          lumenBaseUrl: organization.lumenBaseUrl,
          clientId: Boolean(setup.clientId),
          clientSecret: Boolean(setup.clientSecret),
          ...(webhook && webhookFree ? { webhookAuthMode: webhook.webhookAuthMode, webhookPrincipal: webhook.webhookPrincipal, webhookSecret: true } : {}),
        },
        ipAddress,
      },
      tx,
    );
    return { orgSlug: organization.slug, userId: user.id };
  });
}
