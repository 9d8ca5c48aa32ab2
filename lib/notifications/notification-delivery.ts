import "server-only";
import { db } from "@/lib/db/client";
import { assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";

// Whether Lumen's webhook reaches the portal. Polling fetches whatever the webhook misses,
// so a webhook that Lumen cannot sign in to (wrong or missing credentials) fails quietly:
// every notification still arrives, up to a polling interval late, and nobody notices.
// A notification keeps the channel it came by first, so a day of notifications that all
// came by polling says the webhook delivered none of them.

/** How far back the channels are compared. */
export const DELIVERY_WINDOW_HOURS = 24;

export interface NotificationDelivery {
  /** Notifications received in the window, by the channel each came by first. */
  byWebhook: number;
  byPoll: number;
  webhookSecretSet: boolean;
  pollSeconds: number;
}

export async function getNotificationDelivery(tenant: Tenant, now = new Date()): Promise<NotificationDelivery> {
  assertStaff(tenant);
  const since = new Date(now.getTime() - DELIVERY_WINDOW_HOURS * 3_600_000);
  const [channels, org] = await Promise.all([
    db().notification.groupBy({
      by: ["source"],
      where: { organizationId: tenant.organizationId, receivedAt: { gte: since } },
      _count: { _all: true },
    }),
    db().organization.findUniqueOrThrow({ where: { id: tenant.organizationId }, select: { webhookSecretEnc: true, notificationPollSeconds: true } }),
  ]);
  const count = (source: "webhook" | "poll") => channels.find((channel) => channel.source === source)?._count._all ?? 0;
  return {
    byWebhook: count("webhook"),
    byPoll: count("poll"),
    webhookSecretSet: org.webhookSecretEnc !== null,
    pollSeconds: org.notificationPollSeconds,
  };
}

/** What staff should hear about the webhook, or null when it delivers. */
export function webhookWarning(delivery: NotificationDelivery): string | null {
  const late = `up to ${delivery.pollSeconds} seconds late`;
  if (!delivery.webhookSecretSet) {
    return `Lumen's webhook cannot sign in to the portal: no webhook secret is set. Notifications arrive only by polling, ${late}.`;
  }
  if (delivery.byPoll > 0 && delivery.byWebhook === 0) {
    const count = delivery.byPoll === 1 ? "The one notification" : `All ${delivery.byPoll} notifications`;
    return `${count} of the last ${DELIVERY_WINDOW_HOURS} hours came by polling, ${late}, none by Lumen's webhook. Check that Lumen has the webhook address and the sign-in shown in Settings.`;
  }
  return null;
}
