import "server-only";
import { db } from "@/lib/db/client";
import type { Tenant } from "@/lib/tenancy/tenant";

const SUB_ACCOUNT_FIELDS = {
  id: true,
  name: true,
  customerServiceNames: true,
  suspendedAt: true,
  maxNumbers: true,
  allowedOrderTypes: true,
  createdAt: true,
  _count: { select: { memberships: true } },
} as const;

/** Staff see every reseller of the organization; a reseller user sees only its own. */
export async function listSubAccounts(tenant: Tenant) {
  return db().subAccount.findMany({
    where: { organizationId: tenant.organizationId, ...(tenant.subAccount ? { id: tenant.subAccount.id } : {}) },
    select: SUB_ACCOUNT_FIELDS,
    orderBy: { name: "asc" },
  });
}

export { SUB_ACCOUNT_FIELDS };
