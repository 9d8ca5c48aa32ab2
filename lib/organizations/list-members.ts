import "server-only";
import { db } from "@/lib/db/client";
import type { Tenant } from "@/lib/tenancy/tenant";

/** The organization's people; a reseller user sees only the users of its own sub-account. */
export async function listMembers(tenant: Tenant) {
  const members = await db().membership.findMany({
    where: {
      organizationId: tenant.organizationId,
      ...(tenant.subAccount ? { subAccountId: tenant.subAccount.id } : {}),
    },
    select: {
      id: true,
      role: true,
      user: { select: { name: true, email: true } },
      subAccount: { select: { id: true, name: true } },
    },
    orderBy: [{ role: "desc" }, { user: { name: "asc" } }],
  });
  return members.map((m) => ({ id: m.id, role: m.role, name: m.user.name, email: m.user.email, subAccount: m.subAccount }));
}
