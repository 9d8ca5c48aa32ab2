import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tenant } from "@/lib/tenancy/tenant";
import { ALERT_KINDS, AlertPreferencesSchema, type AlertPreferences } from "./alert-kinds";
import { getAlertPreferences } from "./get-alert-preferences";

/**
 * Every member, viewers and reseller users included, sets their own alerts; nobody sets
 * another's. What a reseller user is mailed about stays limited to its sub-account's
 * orders when the mail is written (queue-alerts.ts).
 */
export async function updateAlertPreferences(tenant: Tenant, input: unknown, ipAddress: string | null = null): Promise<AlertPreferences> {
  const wanted = AlertPreferencesSchema.parse(input);
  const before = await getAlertPreferences(tenant);
  const on = ALERT_KINDS.filter((kind) => wanted[kind]);
  const off = ALERT_KINDS.filter((kind) => !wanted[kind]);
  const owner = { userId: tenant.userId, organizationId: tenant.organizationId };

  await db().$transaction(async (tx) => {
    await tx.alertSubscription.deleteMany({ where: { ...owner, kind: { in: off } } });
    await tx.alertSubscription.createMany({ data: on.map((kind) => ({ ...owner, kind })), skipDuplicates: true });
    await recordAudit(
      {
        action: "alerts.update",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "User",
        targetId: tenant.userId,
        before: { ...before },
        after: { ...wanted },
        ipAddress,
      },
      tx,
    );
  });
  return wanted;
}
