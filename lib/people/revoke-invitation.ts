import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/tenancy/tenant";
import { assertCanManagePeople, assertMayTouchRole } from "./people-access";

export async function revokeInvitation(tenant: Tenant, invitationId: string, address: string | null = null): Promise<void> {
  assertCanManagePeople(tenant);
  const invitation = await db().invitation.findFirst({
    where: { id: invitationId, organizationId: tenant.organizationId },
    select: { id: true, email: true, role: true, acceptedAt: true, revokedAt: true },
  });
  if (!invitation) throw notFoundError("This invitation");
  assertMayTouchRole(tenant, invitation.role);
  if (invitation.acceptedAt) throw new AppError("CONFLICT", "This invitation has been accepted already; remove the member instead.");
  if (invitation.revokedAt) return;

  await db().$transaction(async (tx) => {
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    await recordAudit(
      {
        action: "invite.revoke",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "invitation",
        targetId: invitation.id,
        before: { email: invitation.email, role: invitation.role },
        ipAddress: address,
      },
      tx,
    );
  });
}
