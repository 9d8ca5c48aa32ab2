import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { getPageUserAndTenant } from "./get-page-tenant";
import type { PortalContext } from "./portal-context";

/**
 * What a portal page needs to know about who is looking. Cached per request, so the
 * layout and the page share one lookup, built on the page's tenant (getPageUserAndTenant),
 * which redirects to sign-in without a session and answers 404 to a stranger.
 */
export const getPortalContext = cache(async (orgSlug: string): Promise<PortalContext> => {
  const { user, tenant } = await getPageUserAndTenant(orgSlug);

  const [organization, memberships] = await Promise.all([
    db().organization.findUniqueOrThrow({
      where: { id: tenant.organizationId },
      select: { id: true, slug: true, name: true, customerNumber: true, environment: true },
    }),
    db().membership.findMany({
      where: { userId: user.id },
      select: { role: true, organization: { select: { slug: true, name: true } }, subAccount: { select: { name: true } } },
      orderBy: { organization: { name: "asc" } },
    }),
  ]);

  return {
    user,
    organization: { ...organization, customerNumber: tenant.subAccount ? null : organization.customerNumber },
    role: tenant.role,
    subAccount: tenant.subAccount ? { id: tenant.subAccount.id, name: tenant.subAccount.name } : null,
    memberships: memberships.map((m) => ({
      orgSlug: m.organization.slug,
      orgName: m.organization.name,
      role: m.role,
      subAccountName: m.subAccount?.name ?? null,
    })),
  };
});
