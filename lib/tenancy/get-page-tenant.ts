import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { requireMembership } from "./require-membership";
import { signInUrlFor } from "./sign-in-url";
import type { Tenant } from "./tenant";

/**
 * The tenant for a portal page, resolved like every route handler's: the page then
 * calls the same data-access functions (listOrders(tenant, …)). Signed out → the layout
 * has already redirected; a stranger or a missing organization → 404.
 */
export const getPageTenant = cache(async (orgSlug: string): Promise<Tenant> => {
  const user = await getSessionUser();
  if (!user) redirect(await signInUrlFor(orgSlug));
  try {
    return await requireMembership(orgSlug, "viewer", user);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

/** Runs a data-access call for a page, turning "not found" into the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
