import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { portalUrl } from "@/lib/alerts/portal-url";
import { AppError } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/tenancy/tenant";
import { assertCanManagePeople, assertMayTouchRole } from "./people-access";
import { INVITATION_DAYS, InviteSchema } from "./people-schemas";
import { queueInvitationMail } from "./invitation-mail";

export interface SentInvitation {
  id: string;
  email: string;
  role: string;
  expiresAt: Date;
  /** Shown once to the inviting admin; only its hash is stored. */
  link: string;
  /** Open invitations to the same address that this one replaced: their links no longer work. */
  replaced: number;
}

export async function inviteMember(tenant: Tenant, input: unknown, address: string | null = null): Promise<SentInvitation> {
  assertCanManagePeople(tenant);
  const values = InviteSchema.parse(input);
  assertMayTouchRole(tenant, values.role);

  const [organization, subAccount, existing, inviter, earlier] = await Promise.all([
    db().organization.findUniqueOrThrow({ where: { id: tenant.organizationId }, select: { name: true } }),
    values.subAccountId
      ? db().subAccount.findFirst({ where: { id: values.subAccountId, organizationId: tenant.organizationId }, select: { id: true, name: true } })
      : null,
    db().membership.findFirst({ where: { organizationId: tenant.organizationId, user: { email: values.email } }, select: { id: true } }),
    db().user.findUniqueOrThrow({ where: { id: tenant.userId }, select: { name: true } }),
    db().invitation.findMany({
      where: { organizationId: tenant.organizationId, email: values.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, role: true },
    }),
  ]);
  // One open invitation per address: a new one replaces the earlier ones, so that a link
  // sent with the wrong role or sub-account stops working. One the admin may not revoke
  // (an owner's) stays, and the new one is refused.
  for (const invitation of earlier) assertMayTouchRole(tenant, invitation.role);
  if (values.subAccountId && !subAccount) {
    throw new AppError("VALIDATION_FAILED", "Some fields need attention.", { fieldErrors: { subAccountId: ["Choose one of this organization's sub-accounts."] } });
  }
  if (existing) {
    throw new AppError("CONFLICT", `${values.email} is already a member of this organization.`, { fieldErrors: { email: ["Already a member."] } });
  }

  const { token, tokenHash } = newOneTimeToken();
  const link = portalUrl(`/invite/${token}`);
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const invitation = await db().$transaction(async (tx) => {
    if (earlier.length > 0) {
      await tx.invitation.updateMany({ where: { id: { in: earlier.map((row) => row.id) }, revokedAt: null }, data: { revokedAt: new Date() } });
    }
    const created = await tx.invitation.create({
      data: {
        organizationId: tenant.organizationId,
        email: values.email,
        role: values.role,
        subAccountId: subAccount?.id ?? null,
        tokenHash,
        invitedById: tenant.userId,
        expiresAt,
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await queueInvitationMail(tx, {
      invitationId: created.id,
      organizationId: tenant.organizationId,
      organizationName: organization.name,
      toAddress: values.email,
      role: values.role,
      subAccountName: subAccount?.name ?? null,
      inviterName: inviter.name,
      link,
      expiresAt,
    });
    await recordAudit(
      {
        action: "member.invite",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "invitation",
        targetId: created.id,
        after: {
          email: values.email,
          role: values.role,
          subAccount: subAccount?.name ?? null,
          expiresAt: expiresAt.toISOString(),
          ...(earlier.length > 0 && { replacedInvitations: earlier.map((row) => row.id) }),
        },
        ipAddress: address,
      },
      tx,
    );
    return created;
  });
  return { ...invitation, link, replaced: earlier.length };
}
