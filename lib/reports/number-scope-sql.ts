import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Tenant } from "@/lib/tenancy/tenant";

/**
 * The tenant's slice of the mirror as a condition on `"TelephoneNumber" t`: a number
 * belongs to the sub-account the mirror gives it, whoever placed a later order on it.
 */
export function numberScopeSql(tenant: Tenant): Prisma.Sql {
  return tenant.subAccount
    ? Prisma.sql`t."organizationId" = ${tenant.organizationId} AND t."subAccountId" = ${tenant.subAccount.id}`
    : Prisma.sql`t."organizationId" = ${tenant.organizationId}`;
}
