import { AppError } from "@/lib/errors/app-error";

/**
 * The HTTP answer for an order that was recorded but not placed: Lumen's refusal with
 * its code (422), or Lumen unavailable / not confirming (502). The order id travels with
 * both, so the form can link to the recorded order instead of inviting a blind retry. The
 * status tells an order that never reached Lumen (`failed`: it may be placed again) from
 * one Lumen has not confirmed (`unconfirmed`: it must be checked with Lumen first).
 */
export function orderOutcomeError(order: {
  id: string;
  status: string;
  lumenCode: number | null;
  lumenMessage: string | null;
  statusReason: string | null;
}): AppError | null {
  if (order.status === "rejected") {
    return new AppError("LUMEN_REJECTED", order.lumenMessage ?? "Lumen refused the order.", {
      details: { lumenCode: order.lumenCode, orderId: order.id },
    });
  }
  if (order.status === "failed" || order.status === "unconfirmed") {
    return new AppError("LUMEN_UNAVAILABLE", order.statusReason ?? "Lumen did not take the order.", {
      details: { lumenCode: order.lumenCode, orderId: order.id, status: order.status },
    });
  }
  return null;
}
