import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { backorderChoiceOf } from "./backorder-decisions";

/**
 * Lumen accepted an approval (customerApproval): the reservation it answers is no longer
 * waiting for the partner but being worked on. Only a reservation still awaiting approval
 * moves, so a notification that got there first (10005 after a reject, 10002) stands.
 */
export async function recordApprovalSent(tx: Prisma.TransactionClient, approvalOrderId: string): Promise<void> {
  const approval = await tx.order.findUnique({
    where: { id: approvalOrderId },
    select: { type: true, organizationId: true, parentOrderId: true, request: true },
  });
  if (approval?.type !== "approval" || !approval.parentOrderId) return;
  const moved = await tx.order.updateMany({
    where: { id: approval.parentOrderId, organizationId: approval.organizationId, status: "awaiting_approval" },
    data: { status: "in_progress", statusReason: null },
  });
  if (moved.count === 0) return;
  const choice = backorderChoiceOf((approval.request as { decision?: unknown } | null)?.decision);
  await tx.orderEvent.create({
    data: {
      orderId: approval.parentOrderId,
      kind: "status_changed",
      status: "in_progress",
      message: `Approval sent: ${choice?.name ?? "answered"}`,
      data: { approvalOrderId },
    },
  });
}
