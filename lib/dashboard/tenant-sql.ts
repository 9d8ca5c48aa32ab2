import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Tenant } from "@/lib/tenancy/tenant";

/** tenantScope (lib/orders/order-scope.ts) as a raw SQL condition, for the aggregate queries. */
export function tenantSql(tenant: Tenant): Prisma.Sql {
  return tenant.subAccount
    ? Prisma.sql`"organizationId" = ${tenant.organizationId} AND "subAccountId" = ${tenant.subAccount.id}`
    : Prisma.sql`"organizationId" = ${tenant.organizationId}`;
}
