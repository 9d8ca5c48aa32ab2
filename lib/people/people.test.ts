import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GET as getPeople } from "@/app/api/orgs/[org]/people/route";
import { POST as postInvitation } from "@/app/api/orgs/[org]/people/invitations/route";
import { DELETE as deleteInvitation } from "@/app/api/orgs/[org]/people/invitations/[id]/route";
import { DELETE as deleteMember, PATCH as patchMember } from "@/app/api/orgs/[org]/people/members/[id]/route";
import { POST as acceptInvitation } from "@/app/api/account/invitations/[token]/route";
import { GET as getMembers } from "@/app/api/orgs/[org]/members/route";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";

// Inviting, accepting, changing roles and removing people, through the real route
// handlers with real session cookies.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
type Handler = (req: never, ctx: never) => Promise<Response>;

const call = async (handler: Handler, userId: string | null, params: Record<string, string>, init: Parameters<typeof requestAs>[2] = {}) => {
  const response = await handler((await requestAs(userId, "/api/test", init)) as never, routeParams(params) as never);
  return { status: response.status, body: await response.json() };
};

const tokenOf = (link: string) => link.split("/invite/")[1]!;
const membershipOf = (userId: string, org: Org) =>
  testDb.membership.findUnique({ where: { userId_organizationId: { userId, organizationId: org.id } } });

let org: Org;
let otherOrg: Org;
const users: Record<string, string> = {};
let subAccountId: string;
let otherSubAccountId: string;

beforeAll(async () => {
  org = await createTestOrganization("people");
  otherOrg = await createTestOrganization("people-other");
  subAccountId = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Reseller One", customerServiceNames: [] } })).id;
  otherSubAccountId = (await testDb.subAccount.create({ data: { organizationId: otherOrg.id, name: "Elsewhere", customerServiceNames: [] } })).id;
  for (const role of ["owner", "admin", "operator", "viewer"] as const) users[role] = (await createTestUser(org.id, role)).id;
  users.reseller = (await createTestUser(org.id, "operator", { subAccountId })).id;
  users.otherAdmin = (await createTestUser(otherOrg.id, "admin")).id;
});

const invite = (userId: string, json: Record<string, unknown>, target: Org = org) =>
  call(postInvitation, userId, { org: target.slug }, { method: "POST", json });
const newEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@invited.example`;
const newAccount = { name: "New Person", password: "a long enough password", confirmPassword: "a long enough password" };

describe(`invitations (${inject("databaseKind")})`, () => {
  it("invites by e-mail, queues the mail, and a new person's account joins with the invited role", async () => {
    const email = newEmail("operator");
    const sent = await invite(users.admin!, { email: email.toUpperCase(), role: "operator" });
    expect(sent.status).toBe(201);
    expect(sent.body.invitation).toMatchObject({ email, role: "operator" });
    const token = tokenOf(sent.body.invitation.link);
    // Only the hash is stored; the mail carries the link.
    const stored = await testDb.invitation.findUniqueOrThrow({ where: { id: sent.body.invitation.id } });
    expect(stored.tokenHash).toBe(hashOneTimeToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const mail = await testDb.outboxMail.findUniqueOrThrow({ where: { dedupeKey: `invitation:${stored.id}` } });
    expect(mail).toMatchObject({ organizationId: org.id, toAddress: email });
    expect(mail.textBody).toContain(sent.body.invitation.link);

    const listed = await call(getPeople, users.viewer!, { org: org.slug });
    expect(listed.body.invitations.map((i: { email: string }) => i.email)).toContain(email);

    const accepted = await call(acceptInvitation, null, { token }, { method: "POST", json: newAccount });
    expect(accepted.status).toBe(201);
    expect(accepted.body.membership).toMatchObject({ orgSlug: org.slug, role: "operator" });
    const user = await testDb.user.findUniqueOrThrow({ where: { email } });
    expect((await membershipOf(user.id, org))?.role).toBe("operator");
    expect(await testDb.auditLog.count({ where: { organizationId: org.id, action: { in: ["member.invite", "member.add"] }, OR: [{ targetId: stored.id }, { targetId: user.id }] } })).toBe(2);
  });

  it("lets a signed-in user of another organization join with one click; they then belong to both", async () => {
    const stranger = await createTestUser(otherOrg.id, "viewer");
    const sent = await invite(users.owner!, { email: stranger.email, role: "viewer", subAccountId });
    expect(sent.status).toBe(201);
    const token = tokenOf(sent.body.invitation.link);
    // Someone else signed in may not take it.
    expect((await call(acceptInvitation, users.viewer!, { token }, { method: "POST" })).status).toBe(403);
    const accepted = await call(acceptInvitation, stranger.id, { token }, { method: "POST" });
    expect(accepted.status).toBe(201);
    expect(await membershipOf(stranger.id, org)).toMatchObject({ role: "viewer", subAccountId });
    expect(await membershipOf(stranger.id, otherOrg)).toMatchObject({ role: "viewer" });
  });

  it("refuses an account for an e-mail that has one already: its owner signs in first", async () => {
    const existing = await createTestUser(otherOrg.id, "viewer");
    const sent = await invite(users.admin!, { email: existing.email, role: "viewer" });
    const refused = await call(acceptInvitation, null, { token: tokenOf(sent.body.invitation.link) }, { method: "POST", json: newAccount });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.state).toBe("sign_in");
    expect(await membershipOf(existing.id, org)).toBeNull();
  });

  it.each([
    ["expired", { expiresAt: new Date(Date.now() - 1000) }, 409],
    ["revoked", { revokedAt: new Date() }, 409],
    ["used", { acceptedAt: new Date() }, 409],
  ])("refuses a link that is %s and creates nobody", async (state, change, status) => {
    const email = newEmail(state);
    const sent = await invite(users.admin!, { email, role: "viewer" });
    await testDb.invitation.update({ where: { id: sent.body.invitation.id }, data: change });
    const refused = await call(acceptInvitation, null, { token: tokenOf(sent.body.invitation.link) }, { method: "POST", json: newAccount });
    expect(refused.status).toBe(status);
    expect(refused.body.error.details.state).toBe(state);
    expect(await testDb.user.findUnique({ where: { email } })).toBeNull();
  });

  it("refuses an unknown link with 404, and a link used twice joins once", async () => {
    expect((await call(acceptInvitation, null, { token: "x".repeat(43) }, { method: "POST", json: newAccount })).status).toBe(404);
    const sent = await invite(users.admin!, { email: newEmail("twice"), role: "viewer" });
    const token = tokenOf(sent.body.invitation.link);
    const [first, second] = await Promise.all([
      call(acceptInvitation, null, { token }, { method: "POST", json: newAccount }),
      call(acceptInvitation, null, { token }, { method: "POST", json: newAccount }),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
  });

  it("revokes an open invitation, which then no longer works or lists", async () => {
    const sent = await invite(users.admin!, { email: newEmail("revoke"), role: "viewer" });
    const id = sent.body.invitation.id;
    expect((await call(deleteInvitation, users.operator!, { org: org.slug, id }, { method: "DELETE" })).status).toBe(403);
    expect((await call(deleteInvitation, users.otherAdmin!, { org: org.slug, id }, { method: "DELETE" })).status).toBe(404);
    expect((await call(deleteInvitation, users.admin!, { org: org.slug, id }, { method: "DELETE" })).status).toBe(200);
    expect(await testDb.auditLog.count({ where: { action: "invite.revoke", targetId: id } })).toBe(1);
    const listed = await call(getPeople, users.admin!, { org: org.slug });
    expect(listed.body.invitations.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await call(acceptInvitation, null, { token: tokenOf(sent.body.invitation.link) }, { method: "POST", json: newAccount })).status).toBe(409);
  });

  it("replaces an open invitation to the same address: the earlier link stops working", async () => {
    const email = newEmail("again");
    const first = await invite(users.admin!, { email, role: "viewer" });
    const second = await invite(users.admin!, { email, role: "operator", subAccountId });
    expect(second.status).toBe(201);
    expect(second.body.invitation.replaced).toBe(1);
    const listed = await call(getPeople, users.admin!, { org: org.slug });
    expect(listed.body.invitations.filter((i: { email: string }) => i.email === email).map((i: { id: string }) => i.id)).toEqual([second.body.invitation.id]);
    expect((await call(acceptInvitation, null, { token: tokenOf(first.body.invitation.link) }, { method: "POST", json: newAccount })).status).toBe(409);
    expect((await call(acceptInvitation, null, { token: tokenOf(second.body.invitation.link) }, { method: "POST", json: newAccount })).status).toBe(201);
  });

  it("leaves an owner's open invitation to an owner alone when an admin invites the same address", async () => {
    const email = newEmail("owner-invited");
    const byOwner = await invite(users.owner!, { email, role: "owner" });
    const byAdmin = await invite(users.admin!, { email, role: "viewer" });
    expect(byAdmin.status).toBe(403);
    expect((await call(acceptInvitation, null, { token: tokenOf(byOwner.body.invitation.link) }, { method: "POST", json: newAccount })).status).toBe(201);
  });

  it("accepts what the invite form sends for staff (no sub-account as null or empty)", async () => {
    expect((await invite(users.admin!, { email: newEmail("null"), role: "viewer", subAccountId: null })).status).toBe(201);
    expect((await invite(users.admin!, { email: newEmail("empty"), role: "viewer", subAccountId: "" })).status).toBe(201);
  });

  it("keeps owners for owners and reseller users at operator at most", async () => {
    expect((await invite(users.admin!, { email: newEmail("owner"), role: "owner" })).status).toBe(403);
    expect((await invite(users.owner!, { email: newEmail("owner"), role: "owner" })).status).toBe(201);
    const tooHigh = await invite(users.owner!, { email: newEmail("reseller"), role: "admin", subAccountId });
    expect(tooHigh.status).toBe(422);
    expect(Object.keys(tooHigh.body.error.fieldErrors)).toEqual(["role"]);
    const foreign = await invite(users.owner!, { email: newEmail("reseller"), role: "operator", subAccountId: otherSubAccountId });
    expect(foreign.status).toBe(422);
    expect(Object.keys(foreign.body.error.fieldErrors)).toEqual(["subAccountId"]);
    const member = await testDb.user.findUniqueOrThrow({ where: { id: users.viewer! } });
    expect((await invite(users.admin!, { email: member.email, role: "viewer" })).status).toBe(409);
  });

  it.each(["viewer", "operator", "reseller"])("refuses a %s any change to people", async (who) => {
    const before = await testDb.invitation.count({ where: { organizationId: org.id } });
    const expected = who === "reseller" ? 404 : 403;
    expect((await invite(users[who]!, { email: newEmail("nope"), role: "viewer" })).status).toBe(expected);
    const target = (await membershipOf(users.viewer!, org))!;
    expect((await call(patchMember, users[who]!, { org: org.slug, id: target.id }, { method: "PATCH", json: { role: "operator" } })).status).toBe(expected);
    expect((await call(deleteMember, users[who]!, { org: org.slug, id: target.id }, { method: "DELETE" })).status).toBe(expected);
    expect(await testDb.invitation.count({ where: { organizationId: org.id } })).toBe(before);
    expect((await membershipOf(users.viewer!, org))?.role).toBe("viewer");
  });

  it("answers 404 to another organization's admin, for the page and for a member named by id", async () => {
    expect((await call(getPeople, users.otherAdmin!, { org: org.slug })).status).toBe(404);
    expect((await invite(users.otherAdmin!, { email: newEmail("x"), role: "viewer" })).status).toBe(404);
    const target = (await membershipOf(users.viewer!, org))!;
    expect((await call(patchMember, users.otherAdmin!, { org: otherOrg.slug, id: target.id }, { method: "PATCH", json: { role: "operator" } })).status).toBe(404);
  });
});

describe("roles and removal", () => {
  it("changes a role with before and after in the audit trail; admins cannot make owners", async () => {
    const person = await createTestUser(org.id, "viewer");
    const id = (await membershipOf(person.id, org))!.id;
    const changed = await call(patchMember, users.admin!, { org: org.slug, id }, { method: "PATCH", json: { role: "operator" } });
    expect(changed).toMatchObject({ status: 200, body: { member: { role: "operator" } } });
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { action: "member.role_change", targetId: person.id } });
    expect(audit.before).toMatchObject({ role: "viewer" });
    expect(audit.after).toMatchObject({ role: "operator" });
    expect((await call(patchMember, users.admin!, { org: org.slug, id }, { method: "PATCH", json: { role: "owner" } })).status).toBe(403);
    const ownerId = (await membershipOf(users.owner!, org))!.id;
    expect((await call(patchMember, users.admin!, { org: org.slug, id: ownerId }, { method: "PATCH", json: { role: "viewer" } })).status).toBe(403);
    const resellerId = (await membershipOf(users.reseller!, org))!.id;
    expect((await call(patchMember, users.owner!, { org: org.slug, id: resellerId }, { method: "PATCH", json: { role: "admin" } })).status).toBe(422);
  });

  it("never removes or demotes the last owner", async () => {
    const solo = await createTestOrganization("solo");
    const owner = await createTestUser(solo.id, "owner");
    const id = (await membershipOf(owner.id, solo))!.id;
    const demote = await call(patchMember, owner.id, { org: solo.slug, id }, { method: "PATCH", json: { role: "admin" } });
    expect(demote.status).toBe(409);
    expect(demote.body.error.message).toMatch(/last owner/);
    expect((await call(deleteMember, owner.id, { org: solo.slug, id }, { method: "DELETE" })).status).toBe(409);
    expect((await membershipOf(owner.id, solo))?.role).toBe("owner");
  });

  it.each([
    ["demote each other", () => ({ method: "PATCH", json: { role: "admin" } }) as const, patchMember],
    ["remove each other", () => ({ method: "DELETE" }) as const, deleteMember],
  ])("lets only one of two owners who %s at the same moment go through", async (_, init, handler) => {
    const pair = await createTestOrganization("pair");
    const [a, b] = [await createTestUser(pair.id, "owner"), await createTestUser(pair.id, "owner")];
    const [idA, idB] = [(await membershipOf(a.id, pair))!.id, (await membershipOf(b.id, pair))!.id];
    const results = await Promise.all([
      call(handler as Handler, a.id, { org: pair.slug, id: idB }, init()),
      call(handler as Handler, b.id, { org: pair.slug, id: idA }, init()),
    ]);
    // The second one may find its actor already demoted (403) or be the last owner (409).
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(await testDb.membership.count({ where: { organizationId: pair.id, role: "owner" } })).toBe(1);
  });

  it("lets an owner hand over: promote another, then step down", async () => {
    const pair = await createTestOrganization("handover");
    const [a, b] = [await createTestUser(pair.id, "owner"), await createTestUser(pair.id, "admin")];
    const [idA, idB] = [(await membershipOf(a.id, pair))!.id, (await membershipOf(b.id, pair))!.id];
    expect((await call(patchMember, a.id, { org: pair.slug, id: idB }, { method: "PATCH", json: { role: "owner" } })).status).toBe(200);
    expect((await call(patchMember, a.id, { org: pair.slug, id: idA }, { method: "PATCH", json: { role: "admin" } })).status).toBe(200);
  });

  it("ends a removed member's access at their next request", async () => {
    const person = await createTestUser(org.id, "operator");
    expect((await call(getMembers, person.id, { org: org.slug })).status).toBe(200);
    const id = (await membershipOf(person.id, org))!.id;
    expect((await call(deleteMember, users.admin!, { org: org.slug, id }, { method: "DELETE" })).status).toBe(200);
    expect((await call(getMembers, person.id, { org: org.slug })).status).toBe(404);
    expect(await testDb.auditLog.count({ where: { action: "member.remove", targetId: person.id } })).toBe(1);
  });

  it("lists members with role, sub-account, one-time codes and last sign-in", async () => {
    await testDb.auditLog.create({ data: { action: "auth.sign_in", actorUserId: users.operator! } });
    const { status, body } = await call(getPeople, users.viewer!, { org: org.slug });
    expect(status).toBe(200);
    const operator = body.members.find((m: { userId: string }) => m.userId === users.operator);
    expect(operator).toMatchObject({ role: "operator", subAccount: null, twoFactor: false });
    expect(operator.lastSignInAt).not.toBeNull();
    const reseller = body.members.find((m: { userId: string }) => m.userId === users.reseller);
    expect(reseller.subAccount).toMatchObject({ id: subAccountId, name: "Reseller One" });
  });
});
