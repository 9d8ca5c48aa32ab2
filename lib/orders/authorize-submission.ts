import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertRole } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { findByIdempotencyKey } from "./find-by-idempotency-key";
import { getOrderOrThrow } from "./get-order-or-throw";
import { assertOrderActionAllowed } from "./order-actions-guard";
import type { OrderSubmission } from "./order-submission-schema";
import { assertWithinSubAccountLimits } from "./sub-account-limits";

export interface AuthorizedSubmission {
  parent: { id: string; voiceOrderId: string } | null;
}

/**
 * May this tenant place this order? Operators and above may order. A reseller's users
 * order only with their own customer service names and only on numbers of their own
 * slice; an order acting on an earlier one needs that order to be visible to them.
 */
export async function authorizeSubmission(tenant: Tenant, submission: OrderSubmission, numbers: string[]): Promise<AuthorizedSubmission> {
  assertRole(tenant, "operator");
  if (tenant.subAccount) {
    await assertWithinSubAccountLimits(tenant, tenant.subAccount, submission, numbers);
    await assertSubAccountMayOrder(tenant, tenant.subAccount, submission, numbers);
  }
  if (!("orderId" in submission)) return { parent: null };
  const parent = await getOrderOrThrow(tenant, submission.orderId);
  if (!parent.voiceOrderId) {
    throw new AppError("CONFLICT", "Lumen has not given that order a voice order ID yet, so it cannot be changed or answered.");
  }
  // The order page's table of actions decides cancels, supplements, port-now and backorder
  // answers here too. A repeat of a submission already recorded (a resend after a lost
  // answer) is not judged again: its order has moved on because of it, and the engine
  // answers the repeat with the order it placed.
  if ((await findByIdempotencyKey(tenant, submission.idempotencyKey)) === null) assertOrderActionAllowed(tenant, submission, parent);
  return { parent: { id: parent.id, voiceOrderId: parent.voiceOrderId } };
}

async function assertSubAccountMayOrder(
  tenant: Tenant,
  subAccount: NonNullable<Tenant["subAccount"]>,
  submission: OrderSubmission,
  numbers: string[],
): Promise<void> {
  if (submission.type === "install" || submission.type === "port" || submission.type === "change") {
    const name = submission.request.customerServiceName;
    const mustName = submission.type !== "change";
    if ((mustName && !name) || (name && !subAccount.customerServiceNames.includes(name))) {
      const allowed = subAccount.customerServiceNames.join(", ") || "none yet";
      throw new AppError("FORBIDDEN", `${subAccount.name} may order only with its own customer service names (${allowed}).`, {
        fieldErrors: { "request.customerServiceName": [`Choose one of: ${allowed}.`] },
      });
    }
  }
  if (!numbers.length) return;
  // Ports bring numbers from outside; every other order must stay on the slice's numbers.
  const known = await db().telephoneNumber.findMany({
    where: { organizationId: tenant.organizationId, tn: { in: numbers } },
    select: { tn: true, subAccountId: true },
  });
  const ours = new Set(known.filter((row) => row.subAccountId === subAccount.id).map((row) => row.tn));
  const foreign = submission.type === "port"
    ? known.filter((row) => row.subAccountId !== subAccount.id).map((row) => row.tn)
    : numbers.filter((tn) => !ours.has(tn));
  if (foreign.length) {
    const shown = foreign.slice(0, 5).join(", ") + (foreign.length > 5 ? ` and ${foreign.length - 5} more` : "");
    throw new AppError("NOT_FOUND", `These numbers are not in ${subAccount.name}'s inventory: ${shown}.`);
  }
}
