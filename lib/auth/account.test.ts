import * as OTPAuth from "otpauth";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { POST as postPassword } from "@/app/api/account/password/route";
import { POST as postForgot } from "@/app/api/account/password-reset/route";
import { POST as postReset } from "@/app/api/account/password-reset/[token]/route";
import { POST as postEnroll } from "@/app/api/account/totp/enroll/route";
import { POST as postConfirm } from "@/app/api/account/totp/confirm/route";
import { POST as postDisable } from "@/app/api/account/totp/disable/route";
import { GET as getMembers } from "@/app/api/orgs/[org]/members/route";
import { authOptions, AUTH_TIME_CLAIM } from "./auth-options";
import { hashPassword, verifyPassword } from "./password";
import { verifyCredentials } from "./verify-credentials";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";

// The signed-in person's own account: password change and reset, and one-time codes,
// through the real route handlers with real session cookies.

const PASSWORD = "the first long password";
type Org = Awaited<ReturnType<typeof createTestOrganization>>;
type Handler = (req: never, ctx: never) => Promise<Response>;
let org: Org;

beforeAll(async () => {
  org = await createTestOrganization("account");
});

async function staffUser(role: "owner" | "operator" = "operator") {
  return createTestUser(org.id, role, { passwordHash: await hashPassword(PASSWORD) });
}

/** A session cookie as next-auth issues it at sign-in, signed in `agoMs` ago. */
async function cookieSignedIn(userId: string, agoMs: number): Promise<string> {
  const token = await encode({ token: { sub: userId, [AUTH_TIME_CLAIM]: Date.now() - agoMs }, secret: authOptions.secret! });
  return `next-auth.session-token=${token}`;
}

const send = async (handler: Handler, cookie: string | null, params: Record<string, string> = {}, json?: unknown) => {
  const request = await requestAs(null, "/api/test", { method: json === undefined ? "GET" : "POST", json, headers: cookie ? { cookie } : {} });
  const response = await handler(request as never, routeParams(params) as never);
  return { status: response.status, body: await response.json(), setCookie: response.headers.get("set-cookie") };
};
const membersWith = (cookie: string) => send(getMembers as Handler, cookie, { org: org.slug });
const post = (handler: Handler, cookie: string | null, json: unknown, params: Record<string, string> = {}) => send(handler, cookie, params, json);

describe(`password change (${inject("databaseKind")})`, () => {
  it("ends every other session at its next request and keeps the browser that changed it signed in", async () => {
    const user = await staffUser();
    const here = await cookieSignedIn(user.id, 60_000);
    const elsewhere = await cookieSignedIn(user.id, 30_000);
    expect((await membersWith(elsewhere)).status).toBe(200);

    const wrong = await post(postPassword as Handler, here, { currentPassword: "not it", password: "a brand new password", confirmPassword: "a brand new password" });
    expect(wrong.status).toBe(422);
    expect(Object.keys(wrong.body.error.fieldErrors)).toEqual(["currentPassword"]);
    expect((await membersWith(elsewhere)).status).toBe(200);

    const changed = await post(postPassword as Handler, here, { currentPassword: PASSWORD, password: "a brand new password", confirmPassword: "a brand new password" });
    expect(changed.status).toBe(200);
    expect((await membersWith(elsewhere)).status).toBe(401);
    expect((await membersWith(here)).status).toBe(401);
    const reissued = /(next-auth\.session-token=[^;]+)/.exec(changed.setCookie ?? "")?.[1];
    expect(reissued).toBeDefined();
    expect((await membersWith(reissued!)).status).toBe(200);

    const stored = await testDb.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("a brand new password", stored.passwordHash)).toBe(true);
    expect(await testDb.auditLog.count({ where: { actorUserId: user.id, action: "auth.password_change" } })).toBe(1);
  });

  it("asks for the new password twice, with the setup rules", async () => {
    const user = await staffUser();
    const cookie = await cookieSignedIn(user.id, 1000);
    const refused = await post(postPassword as Handler, cookie, { currentPassword: PASSWORD, password: "short", confirmPassword: "other" });
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.error.fieldErrors).sort()).toEqual(["confirmPassword", "password"]);
    expect((await post(postPassword as Handler, null, { currentPassword: PASSWORD, password: "x", confirmPassword: "x" })).status).toBe(401);
  });
});

describe("password reset", () => {
  const resetLink = async (email: string) => {
    const user = await testDb.user.findUniqueOrThrow({ where: { email } });
    const mail = await testDb.outboxMail.findFirstOrThrow({ where: { toAddress: email, dedupeKey: { startsWith: "password-reset:" } }, orderBy: { createdAt: "desc" } });
    expect(mail.organizationId).toBeNull();
    return { user, token: /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.textBody)![1]! };
  };
  const newPassword = { password: "a reset long password", confirmPassword: "a reset long password" };

  it("answers the same whether the e-mail has an account or not, and mails only an account", async () => {
    const user = await staffUser();
    const known = await post(postForgot as Handler, null, { email: user.email }, {});
    const unknown = await post(postForgot as Handler, null, { email: "nobody-here@test.example" }, {});
    expect(known.status).toBe(202);
    expect(unknown).toEqual(known);
    expect(await testDb.outboxMail.count({ where: { toAddress: user.email } })).toBe(1);
    expect(await testDb.outboxMail.count({ where: { toAddress: "nobody-here@test.example" } })).toBe(0);
  });

  it("sends at most three links an hour to one e-mail, answering the same", async () => {
    const user = await staffUser();
    for (let i = 0; i < 5; i++) expect((await post(postForgot as Handler, null, { email: user.email })).status).toBe(202);
    expect(await testDb.outboxMail.count({ where: { toAddress: user.email } })).toBe(3);
  });

  it("works once, sets the password, and ends older sessions", async () => {
    const user = await staffUser();
    const session = await cookieSignedIn(user.id, 5000);
    await post(postForgot as Handler, null, { email: user.email });
    const { token } = await resetLink(user.email);
    const reset = await post(postReset as Handler, null, newPassword, { token });
    expect(reset.status).toBe(200);
    expect(await verifyPassword(newPassword.password, (await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
    expect((await membersWith(session)).status).toBe(401);
    const again = await post(postReset as Handler, null, { password: "yet another password", confirmPassword: "yet another password" }, { token });
    expect(again.status).toBe(409);
    expect(again.body.error.details.state).toBe("used");
    expect((await verifyCredentials({ email: user.email, password: newPassword.password }, "10.9.0.1")).ok).toBe(true);
  });

  it("refuses an expired link and an unknown one", async () => {
    const user = await staffUser();
    await post(postForgot as Handler, null, { email: user.email });
    const { token } = await resetLink(user.email);
    await testDb.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await post(postReset as Handler, null, newPassword, { token });
    expect(expired.status).toBe(409);
    expect(expired.body.error.details.state).toBe("expired");
    expect((await post(postReset as Handler, null, newPassword, { token: "y".repeat(43) })).status).toBe(404);
    expect(await verifyPassword(PASSWORD, (await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
  });
});

describe("one-time codes", () => {
  const totpOf = (secret: string) => new OTPAuth.TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });
  const codeAt = (secret: string, offsetMs: number) => totpOf(secret).generate({ timestamp: Date.now() + offsetMs });

  async function enrolled() {
    const user = await staffUser();
    const cookie = await cookieSignedIn(user.id, 1000);
    const started = await send(postEnroll as Handler, cookie, {}, {});
    expect(started.status).toBe(200);
    const { enrollment, secretBase32, qrSvg } = started.body.enrollment;
    expect(qrSvg).toMatch(/^<svg/);
    // Nothing is on until a first code confirms it.
    expect((await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();
    expect((await post(postConfirm as Handler, cookie, { enrollment, code: codeAt(secretBase32, 10 * 60_000) })).status).toBe(422);
    const firstCode = codeAt(secretBase32, 0);
    expect((await post(postConfirm as Handler, cookie, { enrollment, code: firstCode })).status).toBe(200);
    const stored = await testDb.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpEnabledAt).not.toBeNull();
    expect(stored.totpSecretEnc).not.toContain(secretBase32);
    return { user, cookie, secret: secretBase32 as string, firstCode };
  }

  it("asks for the code after the right password, accepts it once and refuses a wrong or reused one", async () => {
    const { user, secret, firstCode } = await enrolled();
    const address = "10.9.1.1";
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, address)).toEqual({ ok: false, reason: "code_required" });
    // A wrong password with the code step never reveals that codes are on.
    expect(await verifyCredentials({ email: user.email, password: "wrong" }, address)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD, code: codeAt(secret, 10 * 60_000) }, address)).toEqual({ ok: false, reason: "invalid" });
    // The code that confirmed the enrollment is used up.
    expect(await verifyCredentials({ email: user.email, password: PASSWORD, code: firstCode }, address)).toEqual({ ok: false, reason: "invalid" });
    // One step ahead is accepted for clock drift, once.
    const next = codeAt(secret, 30_000);
    expect((await verifyCredentials({ email: user.email, password: PASSWORD, code: next }, address)).ok).toBe(true);
    expect(await verifyCredentials({ email: user.email, password: PASSWORD, code: next }, address)).toEqual({ ok: false, reason: "invalid" });
    expect(await testDb.auditLog.count({ where: { actorUserId: user.id, action: "auth.sign_in_failed_code" } })).toBe(3);
  });

  it("counts wrong codes toward the lock-out", async () => {
    const { user, secret } = await enrolled();
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await verifyCredentials({ email: user.email, password: PASSWORD, code: codeAt(secret, (20 + i) * 60_000) }, "10.9.2.1"));
    expect(outcomes[4]).toMatchObject({ ok: false, reason: "locked" });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD, code: codeAt(secret, 0) }, "10.9.2.2")).toMatchObject({ ok: false, reason: "locked" });
  });

  it("turns off only with the password and a current code", async () => {
    const { user, cookie, secret } = await enrolled();
    const noPassword = await post(postDisable as Handler, cookie, { password: "wrong", code: codeAt(secret, 30_000) });
    expect(noPassword.status).toBe(422);
    expect(Object.keys(noPassword.body.error.fieldErrors)).toEqual(["password"]);
    expect((await post(postDisable as Handler, cookie, { password: PASSWORD, code: codeAt(secret, 10 * 60_000) })).status).toBe(422);
    expect((await post(postDisable as Handler, cookie, { password: PASSWORD, code: codeAt(secret, -30_000) })).status).toBe(200);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();
    expect((await verifyCredentials({ email: user.email, password: PASSWORD }, "10.9.3.1")).ok).toBe(true);
  });

  it("is offered to staff only", async () => {
    const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: `Reseller ${Date.now()}`, customerServiceNames: [] } });
    const reseller = await createTestUser(org.id, "operator", { subAccountId: sub.id });
    expect((await send(postEnroll as Handler, await cookieSignedIn(reseller.id, 1000), {}, {})).status).toBe(403);
  });
});
