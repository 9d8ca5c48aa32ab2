import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors/app-error";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { SubAccountSuspensionSchema } from "./sub-account-schema";

/**
 * Admins suspend a reseller or restore it. Its users lose access at their next request
 * (requireMembership reads the suspension every time); its orders and numbers stay.
 * Asking for the state it is already in changes nothing and records nothing.
 */
export async function setSubAccountSuspension(tenant: Tenant, unverifiedId: string, input: unknown, ipAddress: string | null = null) {
  assertStaff(tenant);
  assertRole(tenant, "admin");
  const { suspended } = SubAccountSuspensionSchema.parse(input);
  const current = await db().subAccount.findFirst({
    where: { id: unverifiedId, organizationId: tenant.organizationId },
    select: { id: true, name: true, suspendedAt: true },
  });
  if (!current) throw notFoundError("This sub-account");
  if ((current.suspendedAt !== null) === suspended) return { id: current.id, name: current.name, suspendedAt: current.suspendedAt };

  return db().$transaction(async (tx) => {
    const updated = await tx.subAccount.update({
      where: { id: current.id },
      data: { suspendedAt: suspended ? new Date() : null },
      select: { id: true, name: true, suspendedAt: true },
    });
    await recordAudit(
      {
        action: suspended ? "sub_account.suspend" : "sub_account.restore",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "SubAccount",
        targetId: current.id,
        before: { name: current.name, suspended: current.suspendedAt !== null },
        after: { name: current.name, suspended },
        ipAddress,
      },
      tx,
    );
    return updated;
  });
}
