import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { countHeldAndComingNumbers, HELD_STATUSES, reservedQuantity } from "@/lib/sub-accounts/held-numbers";
import { overLimitMessage } from "@/lib/sub-accounts/over-limit-message";
import { LIMITABLE_ORDER_TYPE_LABELS, type LimitableOrderType } from "@/lib/sub-accounts/sub-account-schema";
import type { Tenant } from "@/lib/tenancy/tenant";
import type { OrderSubmission } from "./order-submission-schema";

/**
 * The limits the partner set on a reseller (Sub-accounts page): the order types its users
 * may place and how many numbers it may hold. Read afresh for every order, so a changed
 * limit applies to the very next one.
 */
export async function assertWithinSubAccountLimits(
  tenant: Tenant,
  subAccount: NonNullable<Tenant["subAccount"]>,
  submission: OrderSubmission,
  numbers: string[],
): Promise<void> {
  const limits = await db().subAccount.findUniqueOrThrow({
    where: { id: subAccount.id },
    select: { maxNumbers: true, allowedOrderTypes: true },
  });
  if (limits.allowedOrderTypes.length > 0 && isLimitable(submission.type) && !limits.allowedOrderTypes.includes(submission.type)) {
    const allowed = limits.allowedOrderTypes.map((type) => LIMITABLE_ORDER_TYPE_LABELS[type as LimitableOrderType] ?? type).join(", ");
    throw new AppError(
      "FORBIDDEN",
      `${subAccount.name} may not place ${LIMITABLE_ORDER_TYPE_LABELS[submission.type].toLowerCase()} orders; it may place: ${allowed}. The partner's admins set this on the Sub-accounts page.`,
    );
  }
  if (limits.maxNumbers === null) return;
  const adding = await numbersAdded(tenant, subAccount.id, submission, numbers);
  if (adding === 0) return;
  const held = await countHeldAndComingNumbers(subAccount.id);
  if (held + adding > limits.maxNumbers) {
    throw new AppError("FORBIDDEN", overLimitMessage(subAccount.name, held, adding, limits.maxNumbers), {
      details: { held, maxNumbers: limits.maxNumbers, adding },
    });
  }
}

function isLimitable(type: OrderSubmission["type"]): type is LimitableOrderType {
  return type in LIMITABLE_ORDER_TYPE_LABELS;
}

/**
 * How many more numbers the sub-account would hold once the order goes through: a
 * reservation's quantities, and for an install or a port the numbers it does not hold yet.
 */
async function numbersAdded(tenant: Tenant, subAccountId: string, submission: OrderSubmission, numbers: string[]): Promise<number> {
  if (submission.type === "reserve") return reservedQuantity(submission.request);
  if (submission.type !== "install" && submission.type !== "port") return 0;
  if (numbers.length === 0) return 0;
  const held = await db().telephoneNumber.count({
    where: { organizationId: tenant.organizationId, subAccountId, tn: { in: numbers }, status: { in: HELD_STATUSES } },
  });
  return numbers.length - held;
}

/** How many numbers a reseller's user may still add, for the forms: null when no limit is set (or for staff). */
export interface NumberRoom {
  subAccountName: string;
  maxNumbers: number;
  held: number;
}

/**
 * The room a reseller's number limit leaves, read when a form opens so that it can say so
 * before sending; the order engine checks the limit again on every order.
 */
export async function numberRoomOf(tenant: Tenant): Promise<NumberRoom | null> {
  if (!tenant.subAccount) return null;
  const { maxNumbers } = await db().subAccount.findUniqueOrThrow({ where: { id: tenant.subAccount.id }, select: { maxNumbers: true } });
  if (maxNumbers === null) return null;
  return { subAccountName: tenant.subAccount.name, maxNumbers, held: await countHeldAndComingNumbers(tenant.subAccount.id) };
}
