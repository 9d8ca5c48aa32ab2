import { beforeAll, describe, expect, inject, it } from "vitest";
import { GET as getMembers } from "@/app/api/orgs/[org]/members/route";
import { GET as getSubAccounts, POST as postSubAccount } from "@/app/api/orgs/[org]/sub-accounts/route";
import { GET as getSubAccount } from "@/app/api/orgs/[org]/sub-accounts/[id]/route";
import { GET as getSettings, PATCH as patchSettings } from "@/app/api/orgs/[org]/settings/route";
import { POST as enrollTotp } from "@/app/api/account/totp/enroll/route";
import { openSecret } from "@/lib/crypto/secret-box";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";

// Every route handler under /api/orgs/[org] asks: can another organization, another
// sub-account, a weaker role or nobody reach this? Run through the real handlers
// with real session cookies, on PGlite and on PostgreSQL.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let orgA: Org;
let orgB: Org;
const users: Record<string, string> = {};
const subAccounts: Record<string, string> = {};

const settingsBody = { name: "Renamed Partner", environment: "sandbox", lumenBaseUrl: "http://127.0.0.1:4010", clientId: "cid-1", clientSecret: "very-secret-1" };

beforeAll(async () => {
  orgA = await createTestOrganization("alpha");
  orgB = await createTestOrganization("beta");
  for (const [name, org] of [["a1", orgA], ["a2", orgA], ["b1", orgB]] as const) {
    subAccounts[name] = (await testDb.subAccount.create({ data: { organizationId: org.id, name: `Reseller ${name}`, customerServiceNames: [`CSN-${name}`] } })).id;
  }
  for (const role of ["owner", "admin", "operator", "viewer"] as const) users[role] = (await createTestUser(orgA.id, role)).id;
  users.resellerA1 = (await createTestUser(orgA.id, "operator", { subAccountId: subAccounts.a1 })).id;
  users.resellerA2 = (await createTestUser(orgA.id, "operator", { subAccountId: subAccounts.a2 })).id;
  users.ownerB = (await createTestUser(orgB.id, "owner")).id;
});

const call = async (
  handler: (req: never, ctx: never) => Promise<Response>,
  userId: string | null,
  params: Record<string, string>,
  init: Parameters<typeof requestAs>[2] = {},
) => {
  const response = await handler((await requestAs(userId, "/api/test", init)) as never, routeParams(params) as never);
  return { status: response.status, body: await response.json() };
};

describe(`tenancy through the route handlers (${inject("databaseKind")})`, () => {
  it("answers 401 to a request without a session", async () => {
    expect((await call(getMembers, null, { org: orgA.slug })).status).toBe(401);
  });

  it("answers 404, the same as for a missing organization, to a member of another organization", async () => {
    const other = await call(getMembers, users.owner!, { org: orgB.slug });
    const missing = await call(getMembers, users.owner!, { org: "no-such-org" });
    expect(other).toEqual({ status: 404, body: missing.body });
    expect((await call(getSettings, users.ownerB!, { org: orgA.slug })).status).toBe(404);
    expect((await call(getMembers, users.owner!, { org: "../../etc" })).status).toBe(404);
    expect((await call(getMembers, users.owner!, { org: "x".repeat(500) })).status).toBe(404);
  });

  it("answers 404 for another organization's sub-account named by id", async () => {
    expect((await call(getSubAccount, users.owner!, { org: orgA.slug, id: subAccounts.b1! })).status).toBe(404);
    expect((await call(getSubAccount, users.owner!, { org: orgA.slug, id: subAccounts.a1! })).status).toBe(200);
  });

  it("lets staff of every role read the members, and only their own organization's", async () => {
    const { status, body } = await call(getMembers, users.viewer!, { org: orgA.slug });
    expect(status).toBe(200);
    expect(body.members).toHaveLength(6);
    expect(body.members.every((m: { email: string }) => m.email.endsWith("@test.example"))).toBe(true);
  });

  it.each(["viewer", "operator"])("refuses a settings change by a %s with 403 and changes nothing", async (role) => {
    const { status, body } = await call(patchSettings, users[role]!, { org: orgA.slug }, { method: "PATCH", json: settingsBody });
    expect(status).toBe(403);
    expect(body.error.code).toBe("FORBIDDEN");
    expect((await testDb.organization.findUniqueOrThrow({ where: { id: orgA.id } })).name).toBe(orgA.name);
  });

  it("lets an admin change settings, seals the credentials and never returns them", async () => {
    const { status, body } = await call(patchSettings, users.admin!, { org: orgA.slug }, { method: "PATCH", json: settingsBody });
    expect(status).toBe(200);
    expect(body.settings).toMatchObject({ name: "Renamed Partner", hasClientId: true, hasClientSecret: true });
    expect(JSON.stringify(body)).not.toContain("very-secret-1");
    const stored = await testDb.organization.findUniqueOrThrow({ where: { id: orgA.id } });
    expect(stored.clientSecretEnc).not.toContain("very-secret-1");
    expect(openSecret(stored.clientSecretEnc!)).toBe("very-secret-1");
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { organizationId: orgA.id, action: "organization.settings_update" } });
    expect(JSON.stringify(audit)).not.toContain("very-secret-1");
    expect(audit.after).toMatchObject({ clientSecret: "(changed)" });
  });

  it("keeps stored credentials when the secret fields are left empty", async () => {
    const { status } = await call(patchSettings, users.admin!, { org: orgA.slug }, { method: "PATCH", json: { ...settingsBody, clientId: "", clientSecret: "" } });
    expect(status).toBe(200);
    const stored = await testDb.organization.findUniqueOrThrow({ where: { id: orgA.id } });
    expect(openSecret(stored.clientSecretEnc!)).toBe("very-secret-1");
  });

  it("shows a sub-account user only its own slice and no organization settings", async () => {
    const list = await call(getSubAccounts, users.resellerA1!, { org: orgA.slug });
    expect(list.body.subAccounts.map((s: { id: string }) => s.id)).toEqual([subAccounts.a1]);
    expect((await call(getSubAccount, users.resellerA1!, { org: orgA.slug, id: subAccounts.a2! })).status).toBe(404);
    const members = await call(getMembers, users.resellerA1!, { org: orgA.slug });
    expect(members.body.members).toHaveLength(1);
    expect((await call(getSettings, users.resellerA1!, { org: orgA.slug })).status).toBe(404);
    expect((await call(postSubAccount, users.resellerA1!, { org: orgA.slug }, { method: "POST", json: { name: "Mine now" } })).status).toBe(403);
  });

  it("applies a changed role at the very next request, with the same session", async () => {
    const demoted = (await createTestUser(orgA.id, "admin")).id;
    expect((await call(postSubAccount, demoted, { org: orgA.slug }, { method: "POST", json: { name: "Before demotion" } })).status).toBe(201);
    await testDb.membership.updateMany({ where: { userId: demoted }, data: { role: "viewer" } });
    expect((await call(postSubAccount, demoted, { org: orgA.slug }, { method: "POST", json: { name: "After demotion" } })).status).toBe(403);
    await testDb.membership.deleteMany({ where: { userId: demoted } });
    expect((await call(getMembers, demoted, { org: orgA.slug })).status).toBe(404);
  });

  it("ends a suspended sub-account's access at its next request", async () => {
    const sub = await testDb.subAccount.create({ data: { organizationId: orgA.id, name: "Soon suspended", customerServiceNames: [] } });
    const user = (await createTestUser(orgA.id, "operator", { subAccountId: sub.id })).id;
    expect((await call(getMembers, user, { org: orgA.slug })).status).toBe(200);
    await testDb.subAccount.update({ where: { id: sub.id }, data: { suspendedAt: new Date() } });
    const refused = await call(getMembers, user, { org: orgA.slug });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/suspended/);
  });
});

describe("bad input to a route handler gets a clear error and changes nothing", () => {
  const patch = (init: Parameters<typeof requestAs>[2]) => call(patchSettings, users.admin!, { org: orgA.slug }, { method: "PATCH", ...init });

  it("422 with field errors for invalid fields", async () => {
    const { status, body } = await patch({ json: { ...settingsBody, name: "", lumenBaseUrl: "not a url", environment: "staging" } });
    expect(status).toBe(422);
    expect(Object.keys(body.error.fieldErrors).sort()).toEqual(["environment", "lumenBaseUrl", "name"]);
  });

  it("422 for production credentials over plain http", async () => {
    const { status, body } = await patch({ json: { ...settingsBody, environment: "production", lumenBaseUrl: "http://api.lumen.com" } });
    expect(status).toBe(422);
    expect(Object.keys(body.error.fieldErrors)).toEqual(["lumenBaseUrl"]);
  });

  it("422 for a new Lumen address without the credentials typed again: stored ones go only to the address they were saved with", async () => {
    expect((await patch({ json: settingsBody })).status).toBe(200);
    const stored = await testDb.organization.findUniqueOrThrow({ where: { id: orgA.id }, select: { lumenBaseUrl: true, clientSecretEnc: true } });
    const withoutCredentials = { name: settingsBody.name, environment: settingsBody.environment, lumenBaseUrl: settingsBody.lumenBaseUrl };
    const moved = { ...withoutCredentials, lumenBaseUrl: "http://127.0.0.1:4799" };
    const { status, body } = await patch({ json: moved });
    expect(status).toBe(422);
    expect(Object.keys(body.error.fieldErrors).sort()).toEqual(["clientId", "clientSecret"]);
    expect(body.error.fieldErrors.clientSecret[0]).toMatch(/^Enter it again for the new address/);
    expect(await testDb.organization.findUniqueOrThrow({ where: { id: orgA.id }, select: { lumenBaseUrl: true, clientSecretEnc: true } })).toEqual(stored);
    // The same address (a trailing slash aside) keeps them; a new one with both typed again is saved.
    expect((await patch({ json: { ...withoutCredentials, lumenBaseUrl: `${settingsBody.lumenBaseUrl}/` } })).status).toBe(200);
    expect((await patch({ json: { ...moved, clientId: "cid-2", clientSecret: "very-secret-2" } })).status).toBe(200);
    expect((await testDb.organization.findUniqueOrThrow({ where: { id: orgA.id } })).lumenBaseUrl).toBe("http://127.0.0.1:4799");
    expect((await patch({ json: settingsBody })).status).toBe(200);
  });

  it("400 for malformed JSON, 415 for another content type, 413 for an oversized body", async () => {
    expect((await patch({ body: "{not json", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await patch({ body: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(415);
    const huge = JSON.stringify({ ...settingsBody, name: "x".repeat(200_000) });
    expect((await patch({ body: huge, headers: { "content-type": "application/json" } })).status).toBe(413);
  });

  it("409 with a field error for a duplicate sub-account name", async () => {
    const first = await call(postSubAccount, users.admin!, { org: orgA.slug }, { method: "POST", json: { name: "Twice" } });
    const second = await call(postSubAccount, users.admin!, { org: orgA.slug }, { method: "POST", json: { name: "Twice" } });
    expect([first.status, second.status]).toEqual([201, 409]);
    expect(second.body.error.fieldErrors.name).toBeDefined();
  });
});

describe("a change sent from a page of another site is refused, whatever cookies it carries", () => {
  const fromAnotherSite = { "sec-fetch-site": "cross-site", origin: "https://evil.example" };

  it("refuses it with 403 and writes nothing; the same change from the portal's own page goes through", async () => {
    const json = { name: "Made Elsewhere" };
    const refused = await call(postSubAccount, users.admin!, { org: orgA.slug }, { method: "POST", json, headers: fromAnotherSite });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("This request came from a page of another site, so the portal refused it. Use the portal's own pages.");
    expect(await testDb.subAccount.count({ where: { organizationId: orgA.id, name: "Made Elsewhere" } })).toBe(0);

    const ownPage = await call(postSubAccount, users.admin!, { org: orgA.slug }, { method: "POST", json, headers: { "sec-fetch-site": "same-origin" } });
    expect(ownPage.status).toBe(201);
  });

  it("refuses a sibling host of the same site too, which SameSite cookies do not keep out", async () => {
    const refused = await call(patchSettings, users.admin!, { org: orgA.slug }, { method: "PATCH", json: settingsBody, headers: { "sec-fetch-site": "same-site" } });
    expect(refused.status).toBe(403);
  });

  it("still answers a read from another site (a link followed), which changes nothing", async () => {
    expect((await call(getMembers, users.viewer!, { org: orgA.slug }, { headers: fromAnotherSite })).status).toBe(200);
  });

  it("refuses an account change from another site: an authenticator enrolled there would be the attacker's", async () => {
    const refused = await call(enrollTotp, users.viewer!, {}, { method: "POST", headers: fromAnotherSite });
    expect(refused.status).toBe(403);
    expect((await call(enrollTotp, users.viewer!, {}, { method: "POST" })).status).toBe(200);
  });
});
