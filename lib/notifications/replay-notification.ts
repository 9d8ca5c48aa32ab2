import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { NotificationOutcome } from "@/lib/db/generated/enums";
import { notFoundError } from "@/lib/errors/app-error";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { reapplyNotification } from "./ingest-notification";

export interface ReplayResult {
  notificationId: string;
  /** What ingestion had made of it before the replay. */
  previousOutcome: NotificationOutcome;
  outcome: NotificationOutcome;
  orderId: string | null;
}

/**
 * Runs a stored notification through ingestion again, for the partner's own admins: one
 * that matched no order is applied once its order is known; one already applied changes
 * nothing (ingestion moves an order and writes its timeline once per notification).
 * Replaying is organization-wide administration, so a reseller's user never may.
 */
export async function replayNotification(tenant: Tenant, unverifiedNotificationId: string, ipAddress?: string): Promise<ReplayResult> {
  assertStaff(tenant);
  assertRole(tenant, "admin");
  const before = await db().notification.findFirst({
    where: { id: unverifiedNotificationId, organizationId: tenant.organizationId },
    select: { id: true, outcome: true, orderId: true },
  });
  if (!before) throw notFoundError("This notification");

  const after = await reapplyNotification(tenant.organizationId, before.id);
  await recordAudit({
    action: "notification.replay",
    organizationId: tenant.organizationId,
    actorUserId: tenant.userId,
    targetType: "Notification",
    targetId: before.id,
    before: { outcome: before.outcome, orderId: before.orderId },
    after: { outcome: after.outcome, orderId: after.orderId },
    ipAddress: ipAddress ?? null,
  });
  return { notificationId: before.id, previousOutcome: before.outcome, outcome: after.outcome, orderId: after.orderId };
}
