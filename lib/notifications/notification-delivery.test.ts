import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { sealSecret } from "@/lib/crypto/secret-box";
import type { Tenant } from "@/lib/tenancy/tenant";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { getNotificationDelivery, webhookWarning } from "./notification-delivery";

// Whether Lumen's webhook reaches the portal, told from the channel each notification of
// the last day came by first, and from the webhook secret being set.

async function organization(name: string, { secret }: { secret: boolean }) {
  const org = await createTestOrganization(name);
  if (secret) await testDb.organization.update({ where: { id: org.id }, data: { webhookAuthMode: "basic", webhookPrincipal: `hook-${org.slug}`, webhookSecretEnc: sealSecret("a-webhook-secret") } });
  const staff: Tenant = { userId: "u", organizationId: org.id, orgSlug: org.slug, role: "viewer", subAccount: null };
  return { org, staff };
}

async function received(organizationId: string, source: "webhook" | "poll", hoursAgo: number) {
  const at = new Date(Date.now() - hoursAgo * 3_600_000);
  await testDb.notification.create({
    data: { organizationId, source, dedupeKey: randomUUID(), rawBody: "<x/>", outcome: "unmatched", receivedAt: at, lastReceivedAt: at },
  });
}

describe(`Lumen's webhook, as the notifications page tells it (${inject("databaseKind")})`, () => {
  it("says nothing while the webhook delivers, even if polling caught one it missed", async () => {
    const { org, staff } = await organization("hook-ok", { secret: true });
    await received(org.id, "webhook", 2);
    await received(org.id, "poll", 1);
    const delivery = await getNotificationDelivery(staff);
    expect(delivery).toMatchObject({ byWebhook: 1, byPoll: 1, webhookSecretSet: true });
    expect(webhookWarning(delivery)).toBeNull();
  });

  it("warns when a day's notifications all came by polling, and counts only that day", async () => {
    const { org, staff } = await organization("hook-quiet", { secret: true });
    await received(org.id, "webhook", 30); // before the window
    for (const hours of [1, 5, 20]) await received(org.id, "poll", hours);
    const warning = webhookWarning(await getNotificationDelivery(staff));
    expect(warning).toBe(
      "All 3 notifications of the last 24 hours came by polling, up to 60 seconds late, none by Lumen's webhook. Check that Lumen has the webhook address and the sign-in shown in Settings.",
    );
  });

  it("warns when no webhook secret is set, and keeps quiet before any notification otherwise", async () => {
    const unset = await organization("hook-unset", { secret: false });
    expect(webhookWarning(await getNotificationDelivery(unset.staff))).toMatch(/^Lumen's webhook cannot sign in to the portal: no webhook secret is set\./);
    const fresh = await organization("hook-fresh", { secret: true });
    expect(webhookWarning(await getNotificationDelivery(fresh.staff))).toBeNull();
  });

  it("is the partner's staff's to see, not a reseller's", async () => {
    const { org, staff } = await organization("hook-reseller", { secret: true });
    const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Reseller", customerServiceNames: [] } });
    await expect(getNotificationDelivery({ ...staff, subAccount: { id: sub.id, name: sub.name, customerServiceNames: [] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
