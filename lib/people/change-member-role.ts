import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/tenancy/tenant";
import { assertAnotherOwnerRemains } from "./last-owner-guard";
import { assertCanManagePeople, assertMayTouchRole } from "./people-access";
import { ChangeRoleSchema, SUB_ACCOUNT_ROLES } from "./people-schemas";

export async function changeMemberRole(tenant: Tenant, membershipId: string, input: unknown, address: string | null = null) {
  assertCanManagePeople(tenant);
  const { role } = ChangeRoleSchema.parse(input);
  assertMayTouchRole(tenant, role);

  return db().$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { id: membershipId, organizationId: tenant.organizationId },
      select: { id: true, role: true, userId: true, subAccountId: true, user: { select: { email: true } } },
    });
    if (!member) throw notFoundError("This member");
    assertMayTouchRole(tenant, member.role);
    if (member.subAccountId && !(SUB_ACCOUNT_ROLES as readonly string[]).includes(role)) {
      throw new AppError("VALIDATION_FAILED", "Some fields need attention.", {
        fieldErrors: { role: ["A reseller sub-account's user can be a Viewer or an Operator."] },
      });
    }
    if (member.role === role) return { id: member.id, role };
    if (member.role === "owner") await assertAnotherOwnerRemains(tx, tenant.organizationId, member.userId);

    await tx.membership.update({ where: { id: member.id }, data: { role } });
    await recordAudit(
      {
        action: "member.role_change",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "user",
        targetId: member.userId,
        before: { email: member.user.email, role: member.role },
        after: { email: member.user.email, role },
        ipAddress: address,
      },
      tx,
    );
    return { id: member.id, role };
  });
}
