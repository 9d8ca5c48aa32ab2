import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFoundError } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/tenancy/tenant";
import { assertAnotherOwnerRemains } from "./last-owner-guard";
import { assertCanManagePeople, assertMayTouchRole } from "./people-access";

/**
 * Ends a user's membership of this organization (their account and other memberships
 * stay). Memberships are read on every request, so their next one is refused.
 */
export async function removeMember(tenant: Tenant, membershipId: string, address: string | null = null): Promise<void> {
  assertCanManagePeople(tenant);
  await db().$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { id: membershipId, organizationId: tenant.organizationId },
      select: { id: true, role: true, userId: true, subAccount: { select: { name: true } }, user: { select: { email: true } } },
    });
    if (!member) throw notFoundError("This member");
    assertMayTouchRole(tenant, member.role);
    if (member.role === "owner") await assertAnotherOwnerRemains(tx, tenant.organizationId, member.userId);

    await tx.membership.delete({ where: { id: member.id } });
    await recordAudit(
      {
        action: "member.remove",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "user",
        targetId: member.userId,
        before: { email: member.user.email, role: member.role, subAccount: member.subAccount?.name ?? null },
        ipAddress: address,
      },
      tx,
    );
  });
}
