import type { Tenant } from "@/lib/tenancy/tenant";

/** The `where` that limits orders and numbers to what a tenant may see. */
export function tenantScope(tenant: Tenant): { organizationId: string; subAccountId?: string } {
  return tenant.subAccount
    ? { organizationId: tenant.organizationId, subAccountId: tenant.subAccount.id }
    : { organizationId: tenant.organizationId };
}
