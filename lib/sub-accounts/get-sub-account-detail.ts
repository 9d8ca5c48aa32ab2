import "server-only";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors/app-error";
import { assertStaff } from "@/lib/tenancy/require-membership";
import type { Role } from "@/lib/tenancy/roles";
import type { Tenant } from "@/lib/tenancy/tenant";
import { OVERVIEW_FIELDS, toOverview, type SubAccountOverview } from "./list-sub-account-overview";

export interface SubAccountDetail extends SubAccountOverview {
  members: Array<{ id: string; name: string; email: string; role: Role }>;
}

/** One sub-account with its users, for the partner's staff; another organization's is "not found". */
export async function getSubAccountDetail(tenant: Tenant, unverifiedId: string): Promise<SubAccountDetail> {
  assertStaff(tenant);
  const row = await db().subAccount.findFirst({
    where: { id: unverifiedId, organizationId: tenant.organizationId },
    select: {
      ...OVERVIEW_FIELDS,
      memberships: {
        select: { id: true, role: true, user: { select: { name: true, email: true } } },
        orderBy: { user: { name: "asc" } },
      },
    },
  });
  if (!row) throw notFoundError("This sub-account");
  const { memberships, ...rest } = row;
  return {
    ...toOverview(rest),
    members: memberships.map((m) => ({ id: m.id, name: m.user.name, email: m.user.email, role: m.role })),
  };
}
