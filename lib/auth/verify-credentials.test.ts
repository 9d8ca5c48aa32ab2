import { describe, expect, inject, it } from "vitest";
import { hashPassword } from "./password";
import { verifyCredentials } from "./verify-credentials";
import { createFirstOwner } from "@/lib/organizations/create-first-owner";
import { createTestOrganization, createTestUser, testDb } from "@/test/fixtures";

async function userWithPassword(password: string) {
  const org = await createTestOrganization("signin");
  return createTestUser(org.id, "operator", { passwordHash: await hashPassword(password) });
}

describe(`sign-in (${inject("databaseKind")})`, () => {
  it("accepts the right password and audits the sign-in", async () => {
    const user = await userWithPassword("correct horse battery");
    const outcome = await verifyCredentials({ email: user.email.toUpperCase(), password: "correct horse battery" }, "10.0.0.1");
    expect(outcome).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
    expect(await testDb.auditLog.count({ where: { actorUserId: user.id, action: "auth.sign_in" } })).toBe(1);
  });

  it("answers the same for a wrong password and an unknown e-mail", async () => {
    const user = await userWithPassword("correct horse battery");
    expect(await verifyCredentials({ email: user.email, password: "wrong" }, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "nobody@test.example", password: "wrong" }, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "not an e-mail" }, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an e-mail for 15 minutes after five wrong passwords, even for the right one", async () => {
    const user = await userWithPassword("correct horse battery");
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await verifyCredentials({ email: user.email, password: `wrong-${i}` }, "10.0.0.3"));
    expect(outcomes.slice(0, 4).every((o) => !o.ok && o.reason === "invalid")).toBe(true);
    expect(outcomes[4]).toMatchObject({ ok: false, reason: "locked" });
    const locked = await verifyCredentials({ email: user.email, password: "correct horse battery" }, "10.0.0.4");
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    if (!locked.ok && locked.reason === "locked") expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await testDb.auditLog.count({ where: { actorUserId: user.id, action: "auth.sign_in_failed" } })).toBe(5);
  });

  it("compares no more than five passwords when thirty wrong ones arrive at once", async () => {
    const user = await userWithPassword("correct horse battery");
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, i) => verifyCredentials({ email: user.email, password: `guess-${i}` }, "10.0.0.6")));
    expect(outcomes.every((o) => !o.ok)).toBe(true);
    expect(await testDb.auditLog.count({ where: { actorUserId: user.id, action: "auth.sign_in_failed" } })).toBe(5);
    expect(await testDb.auditLog.count({ where: { actorUserId: user.id, action: "auth.sign_in_refused_locked" } })).toBe(25);
    expect(await verifyCredentials({ email: user.email, password: "correct horse battery" }, "10.0.0.7")).toMatchObject({ ok: false, reason: "locked" });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const user = await userWithPassword("correct horse battery");
    for (let i = 0; i < 4; i++) await verifyCredentials({ email: user.email, password: "wrong" }, "10.0.0.5");
    expect((await verifyCredentials({ email: user.email, password: "correct horse battery" }, "10.0.0.5")).ok).toBe(true);
    for (let i = 0; i < 4; i++) await verifyCredentials({ email: user.email, password: "wrong" }, "10.0.0.5");
    expect((await verifyCredentials({ email: user.email, password: "correct horse battery" }, "10.0.0.5")).ok).toBe(true);
  });
});

describe("first-run setup", () => {
  it("refuses once any user exists, and creates nothing", async () => {
    await userWithPassword("correct horse battery");
    const before = await testDb.organization.count();
    await expect(
      createFirstOwner(
        {
          ownerName: "Late Owner",
          email: "late@test.example",
          password: "a long enough password",
          confirmPassword: "a long enough password",
          organizationName: "Late Org",
          customerNumber: "1-LATE-1",
          environment: "sandbox",
          lumenBaseUrl: "http://127.0.0.1:4010",
          clientId: "",
          clientSecret: "",
        },
        null,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await testDb.organization.count()).toBe(before);
    expect(await testDb.user.findUnique({ where: { email: "late@test.example" } })).toBeNull();
  });

  it("rejects mismatched passwords with a field error", async () => {
    await expect(
      createFirstOwner({ ownerName: "X", email: "x@test.example", password: "a long enough password", confirmPassword: "different", organizationName: "Org", customerNumber: "1-X-1", environment: "sandbox", lumenBaseUrl: "http://x", clientId: "", clientSecret: "" }, null),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["confirmPassword"] })] });
  });
});
