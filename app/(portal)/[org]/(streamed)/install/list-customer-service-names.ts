import "server-only";
import { db } from "@/lib/db/client";
import type { Tenant } from "@/lib/tenancy/tenant";

export interface CustomerServiceNameChoice {
  names: string[];
  /** A reseller's user must name one of its own; staff may leave it to Lumen's default. */
  required: boolean;
}

/**
 * The customer service names the install form offers. A reseller's user gets exactly its
 * sub-account's names (the order engine refuses any other); the partner's staff get every
 * name the organization knows (Settings), has handed to a sub-account or seen on its
 * numbers, as suggestions.
 */
export async function listCustomerServiceNames(tenant: Tenant): Promise<CustomerServiceNameChoice> {
  if (tenant.subAccount) return { names: [...tenant.subAccount.customerServiceNames].sort(), required: true };
  const [organization, subAccounts, numbers] = await Promise.all([
    db().organization.findUniqueOrThrow({ where: { id: tenant.organizationId }, select: { customerServiceNames: true } }),
    db().subAccount.findMany({ where: { organizationId: tenant.organizationId }, select: { customerServiceNames: true } }),
    db().telephoneNumber.findMany({
      where: { organizationId: tenant.organizationId, customerServiceName: { not: null } },
      distinct: ["customerServiceName"],
      select: { customerServiceName: true },
      take: 200,
    }),
  ]);
  const names = new Set([
    ...organization.customerServiceNames,
    ...subAccounts.flatMap((s) => s.customerServiceNames), ...numbers.flatMap((n) => (n.customerServiceName ? [n.customerServiceName] : [])),
  ]);
  return { names: [...names].sort(), required: false };
}
