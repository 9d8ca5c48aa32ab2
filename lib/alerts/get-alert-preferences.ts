import "server-only";
import { db } from "@/lib/db/client";
import type { Tenant } from "@/lib/tenancy/tenant";
import { ALERT_KINDS, type AlertPreferences } from "./alert-kinds";

/** The signed-in user's own alert choices in the tenant's organization: every kind off until chosen. */
export async function getAlertPreferences(tenant: Tenant): Promise<AlertPreferences> {
  const rows = await db().alertSubscription.findMany({
    where: { userId: tenant.userId, organizationId: tenant.organizationId },
    select: { kind: true },
  });
  const chosen = new Set(rows.map((row) => row.kind));
  return Object.fromEntries(ALERT_KINDS.map((kind) => [kind, chosen.has(kind)])) as AlertPreferences;
}
