import "server-only";
import { db } from "@/lib/db/client";
import { PRODUCT_IDS, type ProductId } from "@/lib/lumen/schemas/fields/product-id";
import type { Tenant } from "@/lib/tenancy/tenant";

export interface OrderFormDefaults {
  /** The names this tenant may order with: the organization's, or a reseller's own. */
  customerServiceNames: string[];
  defaultProductId: ProductId | null;
}

/** What an order form starts with, for whoever is ordering. */
export async function getOrderDefaults(tenant: Tenant): Promise<OrderFormDefaults> {
  const org = await db().organization.findUniqueOrThrow({
    where: { id: tenant.organizationId },
    select: { customerServiceNames: true, defaultProductId: true },
  });
  const product = PRODUCT_IDS.find((id) => id === org.defaultProductId) ?? null;
  return {
    customerServiceNames: tenant.subAccount ? tenant.subAccount.customerServiceNames : org.customerServiceNames,
    defaultProductId: product,
  };
}
