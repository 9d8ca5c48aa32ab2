import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { OrderDefaultsSchema, type OrderDefaults } from "./settings-schema";

/**
 * Admins keep the organization's customer service names and default product. A name
 * dropped here stays on the sub-accounts that have it until an admin removes it there:
 * their users' open work should not break because of a tidy-up in Settings.
 */
export async function updateOrderDefaults(tenant: Tenant, input: unknown, ipAddress: string | null = null): Promise<OrderDefaults> {
  assertStaff(tenant);
  assertRole(tenant, "admin");
  const next = OrderDefaultsSchema.parse(input);
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: tenant.organizationId },
      select: { customerServiceNames: true, defaultProductId: true },
    });
    const after = await tx.organization.update({
      where: { id: tenant.organizationId },
      data: next,
      select: { customerServiceNames: true, defaultProductId: true },
    });
    await recordAudit(
      {
        action: "organization.order_defaults_update",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "Organization",
        targetId: tenant.organizationId,
        before,
        after,
        ipAddress,
      },
      tx,
    );
    return { customerServiceNames: after.customerServiceNames, defaultProductId: after.defaultProductId as OrderDefaults["defaultProductId"] };
  });
}
