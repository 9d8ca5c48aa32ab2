import "server-only";
import { db } from "@/lib/db/client";
import type { Tenant } from "@/lib/tenancy/tenant";

/**
 * The background jobs act for an organization, not for a person: a tenant with the
 * organization's whole scope (no sub-account) and the weakest role, which is all that
 * following an order with Lumen needs. Its userId names no user, so anything that would
 * record it as an actor fails on the foreign key instead of blaming someone.
 */
export async function systemTenant(organizationId: string): Promise<Tenant> {
  const org = await db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { slug: true } });
  return { userId: SYSTEM_USER_ID, organizationId, orgSlug: org.slug, role: "viewer", subAccount: null };
}

const SYSTEM_USER_ID = "system:background-jobs";
