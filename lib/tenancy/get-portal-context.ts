import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import type { PortalContext } from "./portal-context";
import { requireMembership } from "./require-membership";
import { signInUrlFor } from "./sign-in-url";

/**
 * What a portal page needs to know about who is looking. Cached per request, so the
 * layout and the page share one lookup. Redirects to sign-in without a session and
 * answers 404 for an organization the user does not belong to.
 */
export const getPortalContext = cache(async (orgSlug: string): Promise<PortalContext> => {
  const user = await getSessionUser();
  if (!user) redirect(await signInUrlFor(orgSlug));

  let tenant;
  try {
    tenant = await requireMembership(orgSlug, "viewer", user);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }

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
    organization,
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
