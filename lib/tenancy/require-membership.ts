import "server-only";
import { queryPrepared } from "@/lib/db/prepared-statement";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import { isSessionCurrent, requireSessionActor } from "@/lib/auth/session";
import { ROLE_LABELS, roleAtLeast, type Role } from "./roles";
import type { Tenant } from "./tenant";

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

// Timestamps are stored without a zone, in UTC: read as timestamptz so that the driver
// does not take them for the server's local time.
const MEMBERSHIP_SQL = `
  SELECT m."role", o."id" AS "organizationId", o."slug",
         s."id" AS "subAccountId", s."name" AS "subAccountName", s."customerServiceNames",
         s."suspendedAt" AT TIME ZONE 'UTC' AS "suspendedAt",
         u."sessionsValidFrom" AT TIME ZONE 'UTC' AS "sessionsValidFrom"
  FROM "Membership" m
  JOIN "User" u ON u."id" = m."userId"
  JOIN "Organization" o ON o."id" = m."organizationId"
  LEFT JOIN "SubAccount" s ON s."id" = m."subAccountId"
  WHERE m."userId" = $1 AND o."slug" = $2
  LIMIT 1`;

interface MembershipRow {
  role: Role;
  organizationId: string;
  slug: string;
  subAccountId: string | null;
  subAccountName: string | null;
  customerServiceNames: string[] | null;
  suspendedAt: Date | null;
  sessionsValidFrom: Date | null;
}

/**
 * Resolves session → membership → role → sub-account for an organization named by a
 * slug the browser sent (unverified until this check). A user who is not a member
 * gets "not found", exactly as for an organization that does not exist.
 */
export async function requireMembership(
  unverifiedOrgSlug: unknown,
  minimumRole: Role,
  user?: { id: string; authTime?: number },
): Promise<Tenant> {
  const actor = user ?? (await requireSessionActor());
  if (typeof unverifiedOrgSlug !== "string" || !SLUG.test(unverifiedOrgSlug)) throw notFoundError("This organization");

  // Every request runs this, so it is one plain join rather than Prisma's nested select
  // (which measured three times slower here), prepared once per connection: see npm run bench.
  const [membership] = await queryPrepared<MembershipRow>("require-membership", MEMBERSHIP_SQL, [actor.id, unverifiedOrgSlug]);
  if (!membership) throw notFoundError("This organization");
  // A session from before the user's last password change or reset ends here. Callers
  // without a sign-in time (pages) have already checked it with getSessionUser.
  if (actor.authTime !== undefined && !isSessionCurrent(actor.authTime, membership.sessionsValidFrom)) {
    throw new AppError("UNAUTHENTICATED", "Your password was changed since you signed in. Please sign in again.");
  }

  if (membership.subAccountId && membership.suspendedAt) {
    throw new AppError("FORBIDDEN", `The reseller account ${membership.subAccountName} is suspended. Ask the partner's administrators to restore it.`);
  }
  const tenant: Tenant = {
    userId: actor.id,
    organizationId: membership.organizationId,
    orgSlug: membership.slug,
    role: membership.role,
    subAccount: membership.subAccountId
      ? { id: membership.subAccountId, name: membership.subAccountName!, customerServiceNames: membership.customerServiceNames ?? [] }
      : null,
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
