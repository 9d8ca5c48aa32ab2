import "server-only";
import { db } from "@/lib/db/client";
import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import type { LumenClient } from "@/lib/lumen/client";
import { FINAL_STATUSES, lumenStatusWords, portalStatusOfReport } from "./lumen-status";
import { ORDER_TYPE_LABELS } from "./order-type-labels";
import { recordOutcome } from "./record-order-outcome";

// An order that acts on another (a cancel, a supplement, a backorder answer, a port now)
// carries no externalOrderID of its own, so when its answer was lost Lumen cannot be asked
// about it by that id. The order it acts on tells what can be told:
// - Lumen carries out a cancel and a port now as it answers them, so the order they act on
//   says whether they took effect: cancelled (or, for a port now, completed) at Lumen, they
//   arrived; still open, nothing changed and acting again is safe.
// - A supplement and a backorder answer leave no trace Lumen reports until that order moves
//   on. Once it is finished at Lumen they no longer apply; until then the portal says so
//   rather than pretending Lumen did not answer.

type ActingOrder = { id: string; organizationId: string; subAccountId: string | null; type: OrderType; productId: string | null; parentOrderId: string | null };

/** What the order acted on becomes at Lumen the moment a cancel or a port now is carried out. */
const TAKES_EFFECT_AS: Partial<Record<OrderType, OrderStatus>> = { cancel: "cancelled", port_now: "completed" };

/** Acting orders whose arrival the order they act on always tells: the sweep settles them unattended. */
export const SETTLED_BY_THEIR_ORDER = Object.keys(TAKES_EFFECT_AS) as OrderType[];

const AGAIN_IS_SAFE: Record<string, string> = {
  supplement: "sending the same supplement again is safe: it sets the same values",
  approval: "answering again is safe: Lumen answers 20107 when it has the answer already",
};

export async function settleActingOrder(client: LumenClient, order: ActingOrder): Promise<{ changed: boolean }> {
  const parent = order.parentOrderId
    ? await db().order.findUnique({ where: { id: order.parentOrderId }, select: { voiceOrderId: true } })
    : null;
  const words = ORDER_TYPE_LABELS[order.type].toLowerCase();
  if (!parent?.voiceOrderId) {
    throw new AppError("CONFLICT", `The order this ${words} acts on has no Lumen order number, so Lumen cannot be asked about it.`);
  }
  const report = await client.getOrderStatus({ voiceOrderId: parent.voiceOrderId });
  const parentStatus = portalStatusOfReport(report);
  const asLumenSays = lumenStatusWords(report.status);

  const effect = TAKES_EFFECT_AS[order.type];
  if (effect && parentStatus === effect) {
    await recordOutcome(order, { status: "completed", event: "reconciled", message: `Lumen has ${parent.voiceOrderId} as ${asLumenSays}: the ${words} arrived.` });
    return { changed: true };
  }
  if (effect && !FINAL_STATUSES.has(parentStatus)) {
    await recordOutcome(order, {
      status: "failed",
      event: "failed",
      statusReason: `Lumen has ${parent.voiceOrderId} as ${asLumenSays}, so this ${words} did not take effect. Nothing changed; act on that order again from its page if you still want to.`,
      message: `Lumen has ${parent.voiceOrderId} as ${asLumenSays}: the ${words} did not take effect.`,
    });
    return { changed: true };
  }
  if (FINAL_STATUSES.has(parentStatus)) {
    await recordOutcome(order, {
      status: "failed",
      event: "failed",
      statusReason: `Lumen has ${parent.voiceOrderId} as ${asLumenSays}, so this ${words} no longer applies. Whether it reached Lumen is not known.`,
      message: `Lumen has ${parent.voiceOrderId} as ${asLumenSays}: the ${words} no longer applies.`,
    });
    return { changed: true };
  }
  throw new AppError(
    "CONFLICT",
    `Lumen keeps no record of a ${words} apart from the order it acts on, and ${parent.voiceOrderId} (${asLumenSays}) does not show yet whether this one arrived; Lumen's next notification on it will. Meanwhile ${AGAIN_IS_SAFE[order.type]}.`,
  );
}
