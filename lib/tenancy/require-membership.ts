import "server-only";
import { db } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import { requireSessionUser, type SessionUser } from "@/lib/auth/session";
import { ROLE_LABELS, roleAtLeast, type Role } from "./roles";
import type { Tenant } from "./tenant";

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/**
 * Resolves session → membership → role → sub-account for an organization named by a
 * slug the browser sent (unverified until this check). A user who is not a member
 * gets "not found", exactly as for an organization that does not exist.
 */
export async function requireMembership(unverifiedOrgSlug: unknown, minimumRole: Role, user?: SessionUser): Promise<Tenant> {
  const actor = user ?? (await requireSessionUser());
  if (typeof unverifiedOrgSlug !== "string" || !SLUG.test(unverifiedOrgSlug)) throw notFoundError("This organization");

  const membership = await db().membership.findFirst({
    where: { userId: actor.id, organization: { slug: unverifiedOrgSlug } },
    select: {
      role: true,
      organization: { select: { id: true, slug: true } },
      subAccount: { select: { id: true, name: true, customerServiceNames: true, suspendedAt: true } },
    },
  });
  if (!membership) throw notFoundError("This organization");

  const { subAccount } = membership;
  if (subAccount?.suspendedAt) {
    throw new AppError("FORBIDDEN", `The reseller account ${subAccount.name} is suspended. Ask the partner's administrators to restore it.`);
  }
  const tenant: Tenant = {
    userId: actor.id,
    organizationId: membership.organization.id,
    orgSlug: membership.organization.slug,
    role: membership.role,
    subAccount: subAccount ? { id: subAccount.id, name: subAccount.name, customerServiceNames: subAccount.customerServiceNames } : null,
  };
  assertRole(tenant, minimumRole);
  return tenant;
}

export function assertRole(tenant: Tenant, minimumRole: Role): void {
  if (!roleAtLeast(tenant.role, minimumRole)) {
    throw new AppError("FORBIDDEN", `Your role (${ROLE_LABELS[tenant.role]}) cannot do this; it needs ${ROLE_LABELS[minimumRole]} or above.`);
  }
}

/** Organization-wide administration is for the partner's own staff, never a reseller's users. */
export function assertStaff(tenant: Tenant): void {
  if (tenant.subAccount) throw notFoundError("This page");
}
