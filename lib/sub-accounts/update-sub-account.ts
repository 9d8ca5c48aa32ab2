import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { assertKnownCustomerServiceNames } from "./known-customer-service-names";
import { SubAccountUpdateSchema } from "./sub-account-schema";

const EDITABLE = { name: true, customerServiceNames: true, maxNumbers: true, allowedOrderTypes: true } as const;

/** Admins rename a sub-account, choose its customer service names and set its limits; audited with before and after. */
export async function updateSubAccount(tenant: Tenant, unverifiedId: string, input: unknown, ipAddress: string | null = null) {
  assertStaff(tenant);
  assertRole(tenant, "admin");
  const before = await db().subAccount.findFirst({ where: { id: unverifiedId, organizationId: tenant.organizationId }, select: { id: true, ...EDITABLE } });
  if (!before) throw notFoundError("This sub-account");
  const changes = SubAccountUpdateSchema.parse(input);
  if (changes.customerServiceNames) {
    // Names it already had stay allowed even if Settings dropped them since: the admin removes them here.
    const added = changes.customerServiceNames.filter((name) => !before.customerServiceNames.includes(name));
    await assertKnownCustomerServiceNames(tenant.organizationId, added);
  }
  const data = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const { id, ...beforeFields } = before;
  const changedKeys = Object.keys(data).filter((key) => JSON.stringify(data[key]) !== JSON.stringify(beforeFields[key as keyof typeof beforeFields]));

  try {
    return await db().$transaction(async (tx) => {
      const after = await tx.subAccount.update({ where: { id }, data, select: { id: true, ...EDITABLE } });
      if (changedKeys.length > 0) {
        await recordAudit(
          {
            action: "sub_account.update",
            organizationId: tenant.organizationId,
            actorUserId: tenant.userId,
            targetType: "SubAccount",
            targetId: id,
            before: Object.fromEntries(changedKeys.map((key) => [key, beforeFields[key as keyof typeof beforeFields]])),
            after: Object.fromEntries(changedKeys.map((key) => [key, after[key as keyof typeof after]])),
            ipAddress,
          },
          tx,
        );
      }
      return after;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", "A sub-account with this name exists already.", {
        fieldErrors: { name: ["A sub-account with this name exists already."] },
      });
    }
    throw error;
  }
}
