import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { requireMembership } from "./require-membership";
import { signInUrlFor } from "./sign-in-url";
import { suspendedUrlFor } from "./suspended-url";
import type { Tenant } from "./tenant";

/**
 * The signed-in user and their tenant for a portal page, resolved once per request (the
 * layout, the page and getPortalContext share it) like every route handler's tenant:
 * signed out → sign-in with this page as the way back; a stranger or a missing
 * organization → 404.
 */
export const getPageUserAndTenant = cache(async (orgSlug: string): Promise<{ user: SessionUser; tenant: Tenant }> => {
  const user = await getSessionUser();
  if (!user) redirect(await signInUrlFor(orgSlug));
  const tenant = await orNotFound(
    requireMembership(orgSlug, "viewer", user).catch((error: unknown) => {
      // Every member is at least a viewer, so the only refusal here is a suspended reseller
      // account: its own page says so, where an error page could only say "something went wrong".
      if (error instanceof AppError && error.code === "FORBIDDEN") redirect(suspendedUrlFor(orgSlug));
      throw error;
    }),
  );
  return { user, tenant };
});

/** The tenant for a page, which then calls the same data-access functions as the API (listOrders(tenant, …)). */
export async function getPageTenant(orgSlug: string): Promise<Tenant> {
  return (await getPageUserAndTenant(orgSlug)).tenant;
}

/** Runs a data-access call for a page, turning "not found" into the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
