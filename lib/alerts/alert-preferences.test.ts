import { beforeAll, describe, expect, inject, it } from "vitest";
import { GET, PUT } from "@/app/api/orgs/[org]/alerts/route";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";

// GET and PUT /api/orgs/[org]/alerts through the real handler with real session cookies:
// every member sets their own alerts, nobody another's, and a stranger learns nothing.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let org: Org;
let otherOrg: Org;
const users: Record<string, string> = {};

beforeAll(async () => {
  org = await createTestOrganization("alert-prefs");
  otherOrg = await createTestOrganization("alert-prefs-other");
  const subAccount = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Reseller", customerServiceNames: [] } });
  for (const role of ["owner", "admin", "operator", "viewer"] as const) users[role] = (await createTestUser(org.id, role)).id;
  users.reseller = (await createTestUser(org.id, "viewer", { subAccountId: subAccount.id })).id;
  users.otherOwner = (await createTestUser(otherOrg.id, "owner")).id;
});

async function call(handler: typeof GET, userId: string | null, orgSlug: string, json?: unknown) {
  const request = await requestAs(userId, `/api/orgs/${orgSlug}/alerts`, json === undefined ? {} : { method: "PUT", json });
  const response = await handler(request, routeParams({ org: orgSlug }));
  return { status: response.status, body: await response.json() };
}
const kindsOf = async (userId: string, organizationId = org.id) =>
  (await testDb.alertSubscription.findMany({ where: { userId, organizationId }, orderBy: { kind: "asc" } })).map((row) => row.kind);

const none = { backorder_waiting: false, rejection: false, foc_scheduled: false, not_placed: false };

describe(`a user's own e-mail alerts (${inject("databaseKind")})`, () => {
  it.each(["owner", "admin", "operator", "viewer", "reseller"])("lets the %s turn alerts on and off, and audits the change", async (who) => {
    const userId = users[who]!;
    expect(await call(GET, userId, org.slug)).toEqual({ status: 200, body: { alerts: none } });

    const chosen = { backorder_waiting: true, rejection: false, foc_scheduled: true, not_placed: false };
    expect(await call(PUT, userId, org.slug, chosen)).toEqual({ status: 200, body: { alerts: chosen } });
    expect(await call(GET, userId, org.slug)).toEqual({ status: 200, body: { alerts: chosen } });
    expect(await kindsOf(userId)).toEqual(["backorder_waiting", "foc_scheduled"]);

    const changed = { backorder_waiting: false, rejection: true, foc_scheduled: true, not_placed: true };
    expect((await call(PUT, userId, org.slug, changed)).body.alerts).toEqual(changed);
    expect(await kindsOf(userId)).toEqual(["rejection", "foc_scheduled", "not_placed"]);

    const audit = await testDb.auditLog.findMany({ where: { organizationId: org.id, actorUserId: userId, action: "alerts.update" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => [entry.before, entry.after])).toEqual([
      [none, chosen],
      [chosen, changed],
    ]);
  });

  it("changes only the signed-in user's alerts", async () => {
    await call(PUT, users.owner!, org.slug, { ...none, rejection: true });
    const viewerBefore = await kindsOf(users.viewer!);
    await call(PUT, users.owner!, org.slug, none);
    expect(await kindsOf(users.viewer!)).toEqual(viewerBefore);
    expect(await kindsOf(users.owner!)).toEqual([]);
  });

  it("answers 404 to a member of another organization, as for a missing one, and 401 without a session", async () => {
    const stranger = await call(PUT, users.otherOwner!, org.slug, { ...none, rejection: true });
    const missing = await call(PUT, users.otherOwner!, "no-such-org", { ...none, rejection: true });
    expect(stranger).toEqual({ status: 404, body: missing.body });
    expect((await call(GET, users.otherOwner!, org.slug)).status).toBe(404);
    expect(await kindsOf(users.otherOwner!, org.id)).toEqual([]);
    expect((await call(GET, null, org.slug)).status).toBe(401);
    expect((await call(PUT, null, org.slug, none)).status).toBe(401);
  });

  it("refuses an incomplete or unknown choice with 422 and changes nothing", async () => {
    await call(PUT, users.operator!, org.slug, { ...none, rejection: true });
    for (const body of [{ rejection: true }, { ...none, rejection: "yes" }, { ...none, everything: true }, []]) {
      const { status, body: answer } = await call(PUT, users.operator!, org.slug, body);
      expect(status).toBe(422);
      expect(answer.error.code).toBe("VALIDATION_FAILED");
    }
    expect(await kindsOf(users.operator!)).toEqual(["rejection"]);
  });
});
