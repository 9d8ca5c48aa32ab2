import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/tenancy/tenant";
import type { OrderDetail } from "./get-order-or-throw";
import { orderActions, type OrderActionKind } from "./order-actions";
import { placeAgainFacts } from "./placed-again";
import type { OrderSubmission } from "./order-submission-schema";

// The server's side of the order page's "What you can do now": a cancel, supplement,
// port-now or backorder answer the table rules out is refused here, before anything is
// recorded or sent, with the words the page shows and Lumen's code where it has one.
// A backorder answered too late (1921) is Lumen's to say: the four hours run on its clock.

/** The action of the table an order acting on `parent` would be, or null when the table does not rule on it. */
function actionOf(submission: OrderSubmission): OrderActionKind | null {
  switch (submission.type) {
    case "cancel":
      return submission.childOrderId ? "cancel_child" : "cancel";
    case "supplement":
      return "supplement";
    case "port_now":
      return "port_now";
    case "approval":
      return "approve_backorder";
    default:
      return null;
  }
}

/** The facts of the table for an order as the tenant sees it, now. */
export function orderActionsFor(
  tenant: Pick<Tenant, "role" | "subAccount">,
  order: Pick<OrderDetail, "type" | "status" | "focDate" | "voiceOrderId" | "productId" | "numbers" | "request" | "subAccount" | "placedAgainAs">,
  now = new Date(),
) {
  return orderActions({
    type: order.type,
    status: order.status,
    focDate: order.focDate,
    voiceOrderId: order.voiceOrderId,
    productId: order.productId,
    hasNumbers: order.numbers.length > 0,
    role: tenant.role,
    now,
    placeAgain: placeAgainFacts(tenant, order),
  });
}

export function assertOrderActionAllowed(tenant: Tenant, submission: OrderSubmission, parent: OrderDetail): void {
  const kind = actionOf(submission);
  if (!kind) return;
  const action = orderActionsFor(tenant, parent)[kind];
  if (action.available) return;
  throw new AppError("CONFLICT", action.reason, action.lumenCode === undefined ? {} : { details: { lumenCode: action.lumenCode } });
}
