import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GET as getMembers } from "@/app/api/orgs/[org]/members/route";
import { POST as moveRoute } from "@/app/api/orgs/[org]/numbers/move/route";
import { GET as getNotes, POST as postNote } from "@/app/api/orgs/[org]/orders/[id]/notes/route";
import { GET as getOrderDefaults, PUT as putOrderDefaults } from "@/app/api/orgs/[org]/settings/order-defaults/route";
import { POST as postSubAccount } from "@/app/api/orgs/[org]/sub-accounts/route";
import { PATCH as patchSubAccount } from "@/app/api/orgs/[org]/sub-accounts/[id]/route";
import { PUT as putSuspension } from "@/app/api/orgs/[org]/sub-accounts/[id]/suspension/route";
import { requireMembership } from "@/lib/tenancy/require-membership";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { getSubAccountDetail } from "./get-sub-account-detail";
import { listSubAccountOverview } from "./list-sub-account-overview";

// Reseller sub-accounts managed through the real route handlers with real session cookies:
// who may create, change, suspend and restore them; the organization's customer service
// names they choose from; moving numbers between them; notes on their orders.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let org: Org;
let otherOrg: Org;
const users: Record<string, string> = {};
const subs: Record<"a" | "b" | "otherOrg", string> = { a: "", b: "", otherOrg: "" };

beforeAll(async () => {
  org = await createTestOrganization("subacc");
  otherOrg = await createTestOrganization("subacc-other");
  await testDb.organization.update({ where: { id: org.id }, data: { customerServiceNames: ["CSN-A", "CSN-B", "CSN-C"] } });
  subs.a = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Reseller A", customerServiceNames: ["CSN-A"] } })).id;
  subs.b = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Reseller B", customerServiceNames: ["CSN-B"], maxNumbers: 3 } })).id;
  subs.otherOrg = (await testDb.subAccount.create({ data: { organizationId: otherOrg.id, name: "Elsewhere", customerServiceNames: [] } })).id;
  for (const role of ["owner", "admin", "operator", "viewer"] as const) users[role] = (await createTestUser(org.id, role)).id;
  users.resellerA = (await createTestUser(org.id, "operator", { subAccountId: subs.a })).id;
  users.resellerAdminA = (await createTestUser(org.id, "admin", { subAccountId: subs.a })).id;
  users.resellerViewerA = (await createTestUser(org.id, "viewer", { subAccountId: subs.a })).id;
  users.resellerB = (await createTestUser(org.id, "operator", { subAccountId: subs.b })).id;
});

type Handler = (req: never, ctx: never) => Promise<Response>;
async function call(handler: Handler, userId: string, params: Record<string, string>, init: Parameters<typeof requestAs>[2] = {}) {
  const response = await handler((await requestAs(userId, "/api/test", init)) as never, routeParams({ org: org.slug, ...params }) as never);
  return { status: response.status, body: await response.json() };
}
const lastAudit = (action: string, targetId?: string) =>
  testDb.auditLog.findFirst({ where: { organizationId: org.id, action, ...(targetId ? { targetId } : {}) }, orderBy: { createdAt: "desc" } });

async function number(tn: string, status: "reserved" | "pending" | "active" | "disconnected", subAccountId: string | null, organizationId = org.id) {
  return testDb.telephoneNumber.create({ data: { organizationId, tn, status, subAccountId } });
}

describe(`sub-accounts managed by the partner's admins (${inject("databaseKind")})`, () => {
  it("lets an admin create a sub-account with names from the organization's list and limits, audited", async () => {
    const created = await call(postSubAccount, users.admin!, {}, {
      method: "POST",
      json: { name: "Prairie Resale", customerServiceNames: ["CSN-C"], maxNumbers: 25, allowedOrderTypes: ["reserve", "install"] },
    });
    expect(created.status).toBe(201);
    expect(created.body.subAccount).toMatchObject({ name: "Prairie Resale", customerServiceNames: ["CSN-C"], maxNumbers: 25, allowedOrderTypes: ["reserve", "install"] });
    const audit = await lastAudit("sub_account.create", created.body.subAccount.id);
    expect(audit?.after).toMatchObject({ name: "Prairie Resale", maxNumbers: 25, allowedOrderTypes: ["reserve", "install"] });
  });

  it("refuses a customer service name the organization does not have, on the field", async () => {
    const refused = await call(postSubAccount, users.admin!, {}, { method: "POST", json: { name: "Guesswork", customerServiceNames: ["NOT-OURS"] } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fieldErrors.customerServiceNames[0]).toContain("NOT-OURS");
    expect(await testDb.subAccount.count({ where: { organizationId: org.id, name: "Guesswork" } })).toBe(0);
  });

  it("lets an admin rename a sub-account and change its limits, with before and after in the audit", async () => {
    const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Old Name", customerServiceNames: [] } });
    const renamed = await call(patchSubAccount, users.admin!, { id: sub.id }, { method: "PATCH", json: { name: "New Name" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.subAccount).toMatchObject({ name: "New Name", maxNumbers: null, allowedOrderTypes: [] });
    const audit = await lastAudit("sub_account.update", sub.id);
    expect(audit).toMatchObject({ before: { name: "Old Name" }, after: { name: "New Name" } });

    const limited = await call(patchSubAccount, users.owner!, { id: sub.id }, {
      method: "PATCH",
      json: { customerServiceNames: ["CSN-A", "CSN-B"], maxNumbers: "", allowedOrderTypes: ["port"] },
    });
    expect(limited.status).toBe(200);
    expect(limited.body.subAccount).toMatchObject({ name: "New Name", customerServiceNames: ["CSN-A", "CSN-B"], maxNumbers: null, allowedOrderTypes: ["port"] });
  });

  it("answers 409 on the name field when renaming onto another sub-account's name", async () => {
    const taken = await call(patchSubAccount, users.admin!, { id: subs.a }, { method: "PATCH", json: { name: "Reseller B" } });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fieldErrors.name).toBeDefined();
  });

  it.each(["operator", "viewer"])("refuses a %s with 403 to create, rename, suspend or restore, and changes nothing", async (role) => {
    const userId = users[role]!;
    expect((await call(postSubAccount, userId, {}, { method: "POST", json: { name: `By ${role}` } })).status).toBe(403);
    expect((await call(patchSubAccount, userId, { id: subs.a }, { method: "PATCH", json: { name: `By ${role}` } })).status).toBe(403);
    expect((await call(putSuspension, userId, { id: subs.a }, { method: "PUT", json: { suspended: true } })).status).toBe(403);
    expect((await call(putSuspension, userId, { id: subs.a }, { method: "PUT", json: { suspended: false } })).status).toBe(403);
    expect(await testDb.subAccount.findUniqueOrThrow({ where: { id: subs.a } })).toMatchObject({ name: "Reseller A", suspendedAt: null });
  });

  it("answers 404 to a sub-account's users, even its admin, and for another organization's sub-account", async () => {
    for (const userId of [users.resellerA!, users.resellerAdminA!]) {
      expect((await call(patchSubAccount, userId, { id: subs.a }, { method: "PATCH", json: { name: "Mine now" } })).status).toBe(404);
      expect((await call(putSuspension, userId, { id: subs.a }, { method: "PUT", json: { suspended: true } })).status).toBe(404);
      expect((await call(putSuspension, userId, { id: subs.b }, { method: "PUT", json: { suspended: true } })).status).toBe(404);
    }
    expect((await call(postSubAccount, users.resellerAdminA!, {}, { method: "POST", json: { name: "Side business" } })).status).toBe(404);
    const tenant = await requireMembership(org.slug, "viewer", { id: users.resellerAdminA! });
    await expect(listSubAccountOverview(tenant)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await call(patchSubAccount, users.admin!, { id: subs.otherOrg }, { method: "PATCH", json: { name: "Taken over" } })).status).toBe(404);
    expect((await call(putSuspension, users.admin!, { id: subs.otherOrg }, { method: "PUT", json: { suspended: true } })).status).toBe(404);
  });

  it("suspends a sub-account, whose users are refused at their next request, and restores it, both audited", async () => {
    const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Paused Reseller", customerServiceNames: [] } });
    const user = (await createTestUser(org.id, "operator", { subAccountId: sub.id })).id;
    expect((await call(getMembers, user, {})).status).toBe(200);

    const suspended = await call(putSuspension, users.admin!, { id: sub.id }, { method: "PUT", json: { suspended: true } });
    expect(suspended.status).toBe(200);
    expect(suspended.body.subAccount.suspendedAt).not.toBeNull();
    const refused = await call(getMembers, user, {});
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain("Paused Reseller is suspended");
    expect(await lastAudit("sub_account.suspend", sub.id)).toMatchObject({ before: { suspended: false }, after: { suspended: true } });

    // Asking again changes nothing and records nothing.
    await call(putSuspension, users.admin!, { id: sub.id }, { method: "PUT", json: { suspended: true } });
    expect(await testDb.auditLog.count({ where: { action: "sub_account.suspend", targetId: sub.id } })).toBe(1);

    const restored = await call(putSuspension, users.owner!, { id: sub.id }, { method: "PUT", json: { suspended: false } });
    expect(restored.status).toBe(200);
    expect(restored.body.subAccount.suspendedAt).toBeNull();
    expect((await call(getMembers, user, {})).status).toBe(200);
    expect(await lastAudit("sub_account.restore", sub.id)).toMatchObject({ after: { suspended: false } });
  });

  it("lists each sub-account with its users and the numbers it holds (reserved, pending, active)", async () => {
    const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Counted Reseller", customerServiceNames: [], maxNumbers: 10 } });
    await createTestUser(org.id, "viewer", { subAccountId: sub.id });
    await number("4025550001", "reserved", sub.id);
    await number("4025550002", "pending", sub.id);
    await number("4025550003", "active", sub.id);
    await number("4025550004", "disconnected", sub.id);
    const tenant = await requireMembership(org.slug, "viewer", { id: users.viewer! });
    const row = (await listSubAccountOverview(tenant)).find((s) => s.id === sub.id);
    expect(row).toMatchObject({ name: "Counted Reseller", users: 1, numbersHeld: 3, maxNumbers: 10, suspendedAt: null });
    const detail = await getSubAccountDetail(tenant, sub.id);
    expect(detail.members).toHaveLength(1);
    await expect(getSubAccountDetail(tenant, subs.otherOrg)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the organization's customer service names and default product", () => {
  it("lets an admin save them, audited with before and after; every user reads what their forms start with", async () => {
    const saved = await call(putOrderDefaults, users.admin!, {}, {
      method: "PUT",
      json: { customerServiceNames: ["CSN-A", "CSN-B", "CSN-C", "CSN-D", "CSN-D"], defaultProductId: "2042" },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.orderDefaults).toEqual({ customerServiceNames: ["CSN-A", "CSN-B", "CSN-C", "CSN-D"], defaultProductId: "2042" });
    const stored = await testDb.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(stored).toMatchObject({ customerServiceNames: ["CSN-A", "CSN-B", "CSN-C", "CSN-D"], defaultProductId: "2042" });
    const audit = await lastAudit("organization.order_defaults_update");
    expect(audit).toMatchObject({
      before: { customerServiceNames: ["CSN-A", "CSN-B", "CSN-C"], defaultProductId: null },
      after: { customerServiceNames: ["CSN-A", "CSN-B", "CSN-C", "CSN-D"], defaultProductId: "2042" },
    });

    expect((await call(getOrderDefaults, users.viewer!, {})).body.orderDefaults).toEqual({ customerServiceNames: ["CSN-A", "CSN-B", "CSN-C", "CSN-D"], defaultProductId: "2042" });
    // A reseller's forms offer its own names only.
    expect((await call(getOrderDefaults, users.resellerA!, {})).body.orderDefaults).toEqual({ customerServiceNames: ["CSN-A"], defaultProductId: "2042" });
  });

  it("refuses an operator (403), a reseller's admin (404) and a product Lumen does not have (422)", async () => {
    const body = { customerServiceNames: [], defaultProductId: null };
    expect((await call(putOrderDefaults, users.operator!, {}, { method: "PUT", json: body })).status).toBe(403);
    expect((await call(putOrderDefaults, users.resellerAdminA!, {}, { method: "PUT", json: body })).status).toBe(404);
    const bad = await call(putOrderDefaults, users.admin!, {}, { method: "PUT", json: { customerServiceNames: [""], defaultProductId: "2099" } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fieldErrors).sort()).toEqual(["customerServiceNames.0", "defaultProductId"]);
    expect((await testDb.organization.findUniqueOrThrow({ where: { id: org.id } })).defaultProductId).toBe("2042");
  });
});

describe("moving numbers between sub-accounts", () => {
  it("moves the organization's numbers to a sub-account and back, audited", async () => {
    await number("5155550001", "active", null);
    await number("5155550002", "reserved", subs.a);
    const moved = await call(moveRoute, users.operator!, {}, { method: "POST", json: { tns: ["515-555-0001", "5155550002"], subAccountId: subs.b } });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ moved: 2, subAccount: { id: subs.b, name: "Reseller B" } });
    const rows = await testDb.telephoneNumber.findMany({ where: { organizationId: org.id, tn: { in: ["5155550001", "5155550002"] } } });
    expect(rows.map((row) => row.subAccountId)).toEqual([subs.b, subs.b]);
    const audit = await lastAudit("number.move", subs.b);
    expect(audit).toMatchObject({
      actorUserId: users.operator,
      before: { subAccount: ["Reseller A", "the partner itself"] },
      after: { subAccount: "Reseller B", telephoneNumbers: ["5155550001", "5155550002"] },
    });

    const back = await call(moveRoute, users.admin!, {}, { method: "POST", json: { tns: ["5155550001"], subAccountId: null } });
    expect(back.body).toEqual({ moved: 1, subAccount: null });
    expect((await testDb.telephoneNumber.findFirstOrThrow({ where: { organizationId: org.id, tn: "5155550001" } })).subAccountId).toBeNull();
  });

  it("refuses to take a sub-account above its limit, saying how many it holds and may hold", async () => {
    // Reseller B may hold 3 and holds 1 (5155550002); disconnected numbers do not count.
    await number("5155550010", "reserved", null);
    await number("5155550011", "active", null);
    await number("5155550012", "pending", null);
    await number("5155550013", "disconnected", null);
    const over = await call(moveRoute, users.operator!, {}, { method: "POST", json: { tns: ["5155550010", "5155550011", "5155550012"], subAccountId: subs.b } });
    expect(over.status).toBe(403);
    expect(over.body.error.message).toBe("Reseller B may hold at most 3 numbers and holds 1 now (reserved, on order, active or being reserved); 3 more would take it to 4.");
    expect(await testDb.telephoneNumber.count({ where: { subAccountId: subs.b } })).toBe(1);

    const fits = await call(moveRoute, users.operator!, {}, { method: "POST", json: { tns: ["5155550010", "5155550011", "5155550013"], subAccountId: subs.b } });
    expect(fits.status).toBe(200);
    expect(fits.body.moved).toBe(3);
  });

  // A number this organization has no record of is looked up at Lumen: move-numbers.test.ts.
  it("refuses another organization's sub-account (404), a reseller's user (404) and a viewer (403)", async () => {
    expect((await call(moveRoute, users.operator!, {}, { method: "POST", json: { tns: ["5155550001"], subAccountId: subs.otherOrg } })).status).toBe(404);
    expect((await call(moveRoute, users.resellerA!, {}, { method: "POST", json: { tns: ["5155550001"], subAccountId: subs.a } })).status).toBe(404);
    expect((await call(moveRoute, users.viewer!, {}, { method: "POST", json: { tns: ["5155550001"], subAccountId: subs.a } })).status).toBe(403);
    const invalid = await call(moveRoute, users.operator!, {}, { method: "POST", json: { tns: ["12345"], subAccountId: null } });
    expect(invalid.status).toBe(422);
  });
});

describe("notes on orders: who reads and writes which", () => {
  let orderOfA: string;
  let orderOfB: string;

  beforeAll(async () => {
    const order = (subAccountId: string) =>
      testDb.order.create({
        data: {
          organizationId: org.id,
          subAccountId,
          type: "install",
          productId: "2036",
          status: "accepted",
          idempotencyKey: randomUUID(),
          externalOrderId: `vp-${randomUUID()}`,
          request: {},
        },
      });
    orderOfA = (await order(subs.a)).id;
    orderOfB = (await order(subs.b)).id;
  });

  const add = (userId: string, orderId: string, body: string, visibility: "staff" | "shared") =>
    call(postNote, userId, { id: orderId }, { method: "POST", json: { body, visibility } });
  const bodies = async (userId: string, orderId: string) => (await call(getNotes, userId, { id: orderId })).body.notes?.map((n: { body: string }) => n.body);

  it("hides staff notes from the reseller, shows it the shared ones, and lets it write shared notes only", async () => {
    expect((await add(users.operator!, orderOfA, "Staff: check the CSR", "staff")).status).toBe(201);
    expect((await add(users.operator!, orderOfA, "Shared: FOC moved", "shared")).status).toBe(201);
    const own = await add(users.resellerA!, orderOfA, "Reseller: customer agrees", "shared");
    expect(own.status).toBe(201);
    expect(own.body.note).toMatchObject({ body: "Reseller: customer agrees", visibility: "shared" });
    const staffOnly = await add(users.resellerA!, orderOfA, "Reseller trying a staff note", "staff");
    expect(staffOnly.status).toBe(403);
    expect(staffOnly.body.error.fieldErrors.visibility).toBeDefined();

    expect(await bodies(users.resellerA!, orderOfA)).toEqual(["Reseller: customer agrees", "Shared: FOC moved"]);
    expect(await bodies(users.resellerViewerA!, orderOfA)).toEqual(["Reseller: customer agrees", "Shared: FOC moved"]);
    expect(await bodies(users.viewer!, orderOfA)).toEqual(["Reseller: customer agrees", "Shared: FOC moved", "Staff: check the CSR"]);
    expect(await lastAudit("order_note.create", orderOfA)).toMatchObject({ actorUserId: users.resellerA, after: { visibility: "shared" } });
  });

  it("answers 404 for another sub-account's order and 403 to viewers who write", async () => {
    expect((await call(getNotes, users.resellerA!, { id: orderOfB })).status).toBe(404);
    expect((await add(users.resellerA!, orderOfB, "Not mine", "shared")).status).toBe(404);
    expect((await add(users.viewer!, orderOfA, "Viewer note", "staff")).status).toBe(403);
    expect((await add(users.resellerViewerA!, orderOfA, "Reseller viewer note", "shared")).status).toBe(403);
    expect((await call(getNotes, users.admin!, { id: "no-such-order" })).status).toBe(404);
    expect(await testDb.orderNote.count({ where: { orderId: orderOfB } })).toBe(0);
  });
});
