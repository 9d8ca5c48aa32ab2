import "server-only";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/tenancy/tenant";
import { SUB_ACCOUNT_FIELDS } from "./list-sub-accounts";

/** One sub-account, if the tenant may see it; anyone else's is "not found". */
export async function getSubAccountOrThrow(tenant: Tenant, unverifiedId: string) {
  if (tenant.subAccount && tenant.subAccount.id !== unverifiedId) throw notFoundError("This sub-account");
  const subAccount = await db().subAccount.findFirst({
    where: { id: unverifiedId, organizationId: tenant.organizationId },
    select: SUB_ACCOUNT_FIELDS,
  });
  if (!subAccount) throw notFoundError("This sub-account");
  return subAccount;
}
