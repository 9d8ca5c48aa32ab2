import "server-only";
import { db } from "@/lib/db/client";
import { sealSecret } from "@/lib/crypto/secret-box";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { organizationSettingsSchemaFor } from "./settings-schema";
import { getOrganizationSettings } from "./get-organization-settings";
import { forgetLumenClient } from "./lumen-client-for-organization";

/** Admins change the organization's settings; credentials are sealed and audited only as "(changed)" or "(unchanged)". */
export async function updateOrganizationSettings(tenant: Tenant, input: unknown, ipAddress: string | null = null) {
  assertStaff(tenant);
  assertRole(tenant, "admin");
  const { clientIdEnc, clientSecretEnc, ...before } = await db().organization.findUniqueOrThrow({
    where: { id: tenant.organizationId },
    select: { name: true, environment: true, lumenBaseUrl: true, clientIdEnc: true, clientSecretEnc: true },
  });
  const settings = organizationSettingsSchemaFor({
    lumenBaseUrl: before.lumenBaseUrl,
    hasClientId: clientIdEnc !== null,
    hasClientSecret: clientSecretEnc !== null,
  }).parse(input);
  const changesClientId = Boolean(settings.clientId);
  const changesClientSecret = Boolean(settings.clientSecret);

  await db().$transaction(async (tx) => {
    await tx.organization.update({
      where: { id: tenant.organizationId },
      data: {
        name: settings.name,
        environment: settings.environment,
        lumenBaseUrl: settings.lumenBaseUrl,
        ...(changesClientId ? { clientIdEnc: sealSecret(settings.clientId!) } : {}),
        ...(changesClientSecret ? { clientSecretEnc: sealSecret(settings.clientSecret!) } : {}),
      },
    });
    await recordAudit(
      {
        action: "organization.settings_update",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "Organization",
        targetId: tenant.organizationId,
        before,
        after: {
          name: settings.name,
          environment: settings.environment,
          lumenBaseUrl: settings.lumenBaseUrl,
          clientId: changesClientId,
          clientSecret: changesClientSecret,
        },
        ipAddress,
      },
      tx,
    );
  });
  forgetLumenClient(tenant.organizationId);
  return getOrganizationSettings(tenant);
}
