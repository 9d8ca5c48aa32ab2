import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertKnownCustomerServiceNames } from "@/lib/sub-accounts/known-customer-service-names";
import { SubAccountSchema } from "@/lib/sub-accounts/sub-account-schema";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";

export async function createSubAccount(tenant: Tenant, input: unknown, ipAddress: string | null = null) {
  assertStaff(tenant);
  assertRole(tenant, "admin");
  const data = SubAccountSchema.parse(input);
  await assertKnownCustomerServiceNames(tenant.organizationId, data.customerServiceNames);
  const existing = await db().subAccount.findUnique({
    where: { organizationId_name: { organizationId: tenant.organizationId, name: data.name } },
    select: { id: true },
  });
  if (existing) {
    throw new AppError("CONFLICT", "A sub-account with this name exists already.", {
      fieldErrors: { name: ["A sub-account with this name exists already."] },
    });
  }
  return db().$transaction(async (tx) => {
    const subAccount = await tx.subAccount.create({
      data: { organizationId: tenant.organizationId, ...data },
      select: { id: true, name: true, customerServiceNames: true, maxNumbers: true, allowedOrderTypes: true },
    });
    await recordAudit(
      {
        action: "sub_account.create",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "SubAccount",
        targetId: subAccount.id,
        after: {
          name: subAccount.name,
          customerServiceNames: subAccount.customerServiceNames,
          // Limits only when set: most sub-accounts have none, and "none" twice says nothing.
          ...(subAccount.maxNumbers !== null && { maxNumbers: subAccount.maxNumbers }),
          ...(subAccount.allowedOrderTypes.length > 0 && { allowedOrderTypes: subAccount.allowedOrderTypes }),
        },
        ipAddress,
      },
      tx,
    );
    return subAccount;
  });
}
