import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { sealSecret } from "@/lib/crypto/secret-box";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { NotificationSettingsSchema } from "./settings-schema";
import { getOrganizationSettings } from "./get-organization-settings";

/**
 * Admins set how Lumen's webhook signs in and how often the portal polls. The secret is
 * sealed and audited only as "(changed)" or "(unchanged)"; a new principal or secret ends the bearer tokens
 * issued with the old ones (lib/webhooks/webhook-token.ts).
 */
export async function updateNotificationSettings(tenant: Tenant, input: unknown, ipAddress: string | null = null) {
  assertStaff(tenant);
  assertRole(tenant, "admin");
  const settings = NotificationSettingsSchema.parse(input);
  const before = await db().organization.findUniqueOrThrow({
    where: { id: tenant.organizationId },
    select: { webhookAuthMode: true, webhookPrincipal: true, notificationPollSeconds: true, webhookSecretEnc: true },
  });
  const { webhookSecretEnc: storedSecret, ...visibleBefore } = before;
  const changesSecret = Boolean(settings.webhookSecret);
  if (!changesSecret && storedSecret === null) {
    throw new AppError("VALIDATION_FAILED", "Some fields need attention.", {
      fieldErrors: { webhookSecret: ["Enter a secret or generate one: Lumen needs it to sign in."] },
    });
  }

  try {
    await db().$transaction(async (tx) => {
      await tx.organization.update({
        where: { id: tenant.organizationId },
        data: {
          webhookAuthMode: settings.webhookAuthMode,
          webhookPrincipal: settings.webhookPrincipal,
          notificationPollSeconds: settings.notificationPollSeconds,
          ...(changesSecret ? { webhookSecretEnc: sealSecret(settings.webhookSecret!) } : {}),
        },
      });
      await recordAudit(
        {
          action: "organization.notification_settings_update",
          organizationId: tenant.organizationId,
          actorUserId: tenant.userId,
          targetType: "Organization",
          targetId: tenant.organizationId,
          before: visibleBefore,
          after: {
            webhookAuthMode: settings.webhookAuthMode,
            webhookPrincipal: settings.webhookPrincipal,
            notificationPollSeconds: settings.notificationPollSeconds,
            webhookSecret: changesSecret,
          },
          ipAddress,
        },
        tx,
      );
    });
  } catch (error) {
    // The principal names the organization when Lumen signs in, so no two may share it.
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", "Another organization uses this name for its webhook.", {
        fieldErrors: { webhookPrincipal: ["Taken: choose another user name or client ID."] },
      });
    }
    throw error;
  }
  return getOrganizationSettings(tenant);
}
