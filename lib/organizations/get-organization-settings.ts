import "server-only";
import { db } from "@/lib/db/client";
import { assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";

/** Settings as a page may show them: whether credentials are stored, never their values. */
export async function getOrganizationSettings(tenant: Tenant) {
  assertStaff(tenant);
  const org = await db().organization.findUniqueOrThrow({
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
      updatedAt: true,
    },
  });
  const { clientIdEnc, clientSecretEnc, webhookSecretEnc, ...visible } = org;
  return {
    ...visible,
    hasClientId: clientIdEnc !== null,
    hasClientSecret: clientSecretEnc !== null,
    hasWebhookSecret: webhookSecretEnc !== null,
  };
}
export type OrganizationSettings = Awaited<ReturnType<typeof getOrganizationSettings>>;
