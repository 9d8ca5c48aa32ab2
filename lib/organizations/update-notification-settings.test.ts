import { describe, expect, inject, it } from "vitest";
import { PATCH } from "@/app/api/orgs/[org]/settings/notifications/route";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { getOrganizationSettings } from "./get-organization-settings";

// PATCH /api/orgs/[org]/settings/notifications through the real handler: who may change
// the webhook's credentials and the polling interval, and what is refused.

const VALID = { webhookAuthMode: "basic", webhookPrincipal: "", webhookSecret: "a-webhook-secret-of-some-length", notificationPollSeconds: 60 };

async function patch(userId: string | null, org: string, body: unknown) {
  const response = await PATCH((await requestAs(userId, "/api", { method: "PATCH", json: body })) as never, routeParams({ org }) as never);
  return { status: response.status, body: await response.json() };
}

describe(`notification settings (${inject("databaseKind")})`, () => {
  it("saves for an admin, the secret sealed and never returned; an empty secret keeps the stored one", async () => {
    const org = await createTestOrganization("ntfset");
    const admin = await createTestUser(org.id, "admin");
    const { status, body } = await patch(admin.id, org.slug, { ...VALID, webhookPrincipal: `user-${org.slug}`, webhookAuthMode: "oauth" });
    expect(status).toBe(200);
    expect(body.settings).toMatchObject({ webhookAuthMode: "oauth", webhookPrincipal: `user-${org.slug}`, hasWebhookSecret: true });
    expect(JSON.stringify(body)).not.toContain(VALID.webhookSecret);
    const stored = await testDb.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(stored.webhookSecretEnc).toMatch(/^v1\./);

    // Without a new secret the stored one stays.
    expect((await patch(admin.id, org.slug, { ...VALID, webhookPrincipal: `user-${org.slug}`, webhookSecret: "", notificationPollSeconds: 900 })).status).toBe(200);
    const after = await testDb.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(after).toMatchObject({ webhookSecretEnc: stored.webhookSecretEnc, notificationPollSeconds: 900, webhookAuthMode: "basic" });
  });

  it("shows when settings last changed and who changed them, not when the poll last ran", async () => {
    const org = await createTestOrganization("ntflast");
    const admin = await createTestUser(org.id, "admin");
    const tenant = { userId: admin.id, organizationId: org.id, orgSlug: org.slug, role: "admin" as const, subAccount: null };
    expect((await getOrganizationSettings(tenant)).lastChange).toBeNull();

    expect((await patch(admin.id, org.slug, { ...VALID, webhookPrincipal: `user-${org.slug}` })).status).toBe(200);
    const changed = (await getOrganizationSettings(tenant)).lastChange;
    expect(changed).toMatchObject({ by: "Test admin" });
    // The poll records its progress on the organization's row: that is no change of settings.
    await testDb.organization.update({ where: { id: org.id }, data: { notificationsPolledUntil: new Date(Date.now() + 60_000) } });
    expect((await getOrganizationSettings(tenant)).lastChange).toEqual(changed);
  });

  it("refuses a missing secret, a taken user name and an interval out of range with field errors", async () => {
    const [org, other] = [await createTestOrganization("ntfref"), await createTestOrganization("ntfoth")];
    const admin = await createTestUser(org.id, "admin");
    await testDb.organization.update({ where: { id: other.id }, data: { webhookPrincipal: `taken-${other.slug}` } });

    const missing = await patch(admin.id, org.slug, { ...VALID, webhookPrincipal: `user-${org.slug}`, webhookSecret: "" });
    expect(missing.status).toBe(422);
    expect(missing.body.error.fieldErrors).toHaveProperty("webhookSecret");
    const taken = await patch(admin.id, org.slug, { ...VALID, webhookPrincipal: `taken-${other.slug}` });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fieldErrors).toHaveProperty("webhookPrincipal");
    for (const seconds of [14, 3601]) {
      const outOfRange = await patch(admin.id, org.slug, { ...VALID, webhookPrincipal: `user-${org.slug}`, notificationPollSeconds: seconds });
      expect(outOfRange.status).toBe(422);
      expect(outOfRange.body.error.fieldErrors).toHaveProperty("notificationPollSeconds");
    }
    expect((await testDb.organization.findUniqueOrThrow({ where: { id: org.id } })).webhookPrincipal).toBeNull();
  });

  it("is out of reach for an operator (403), another organization's admin (404) and nobody signed in (401)", async () => {
    const [org, other] = [await createTestOrganization("ntfacc"), await createTestOrganization("ntfstr")];
    const operator = await createTestUser(org.id, "operator");
    const stranger = await createTestUser(other.id, "admin");
    const body = { ...VALID, webhookPrincipal: `user-${org.slug}` };
    expect((await patch(operator.id, org.slug, body)).status).toBe(403);
    expect((await patch(stranger.id, org.slug, body)).status).toBe(404);
    expect((await patch(null, org.slug, body)).status).toBe(401);
    expect((await testDb.organization.findUniqueOrThrow({ where: { id: org.id } })).webhookSecretEnc).toBeNull();
  });
});
