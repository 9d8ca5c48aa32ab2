import "server-only";
import { db } from "@/lib/db/client";
import { assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";

/**
 * What changes settings. The organization row's own `updatedAt` also moves when the
 * notification poll records how far it got, so the last change comes from the audit trail.
 */
const SETTINGS_CHANGE_ACTIONS = ["organization.settings_update", "organization.notification_settings_update", "organization.order_defaults_update"];

/** Settings as a page may show them: whether credentials are stored, never their values. */
export async function getOrganizationSettings(tenant: Tenant) {
  assertStaff(tenant);
  const [change, org] = await Promise.all([
    db().auditLog.findFirst({
      where: { organizationId: tenant.organizationId, action: { in: SETTINGS_CHANGE_ACTIONS } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, actor: { select: { name: true, email: true } } },
    }),
    db().organization.findUniqueOrThrow({
      where: { id: tenant.organizationId },
      select: {
        name: true,
        slug: true,
        customerNumber: true,
        environment: true,
        lumenBaseUrl: true,
        clientIdEnc: true,
        clientSecretEnc: true,
        webhookAuthMode: true,
        webhookPrincipal: true,
        webhookSecretEnc: true,
        notificationPollSeconds: true,
        customerServiceNames: true,
        defaultProductId: true,
        createdAt: true,
      },
    }),
  ]);
  const { clientIdEnc, clientSecretEnc, webhookSecretEnc, ...visible } = org;
  return {
    ...visible,
    /** The last change by someone; null: as set up. */
    lastChange: change ? { at: change.createdAt, by: change.actor ? change.actor.name || change.actor.email : null } : null,
    hasClientId: clientIdEnc !== null,
    hasClientSecret: clientSecretEnc !== null,
    hasWebhookSecret: webhookSecretEnc !== null,
  };
}
export type OrganizationSettings = Awaited<ReturnType<typeof getOrganizationSettings>>;
