import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { SignInSchema } from "./schemas";
import { DUMMY_HASH, verifyPassword } from "./password";
import { acceptStoredTotpCode } from "./totp";
import { clearFailedSignIns, giveBackSignInTry, secondsUntilSignInAllowed, takeSignInTry } from "./sign-in-throttle";

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  /** Password right, and the account asks for a one-time code: the form shows its field. */
  | { ok: false; reason: "code_required" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

// The whole sign-in decision, apart from next-auth so that it can be tested directly:
// validate, take a try (refused while locked out), compare the password in constant-ish
// time, give the try back unless it failed, and audit every outcome.
export async function verifyCredentials(input: unknown, address: string): Promise<SignInOutcome> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password, code } = parsed.data;

  const wait = await takeSignInTry(email, address);
  if (wait > 0) {
    // Named by the user it was for, so the admins of that user's organizations see it.
    const lockedOut = await db().user.findUnique({ where: { email }, select: { id: true } });
    await recordAudit({ action: "auth.sign_in_refused_locked", actorUserId: lockedOut?.id, after: { email }, ipAddress: address });
    return { ok: false, reason: "locked", retryAfterSeconds: wait };
  }

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, totpSecretEnc: true, totpEnabledAt: true },
  });
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const needsCode = Boolean(user?.totpEnabledAt && user.totpSecretEnc);
  // Asking for the code is no failure: only a wrong password or a wrong code counts.
  if (user && matches && needsCode && !code) {
    await giveBackSignInTry(email, address);
    return { ok: false, reason: "code_required" };
  }
  const codeAccepted = !needsCode || (user !== null && matches && (await acceptStoredTotpCode(user, code ?? "")));
  if (!user || !matches || !codeAccepted) {
    // The try taken above stays counted.
    const action = user && matches ? "auth.sign_in_failed_code" : "auth.sign_in_failed";
    await recordAudit({ action, actorUserId: user?.id, after: { email }, ipAddress: address });
    const waitNow = await secondsUntilSignInAllowed(email, address);
    return waitNow > 0 ? { ok: false, reason: "locked", retryAfterSeconds: waitNow } : { ok: false, reason: "invalid" };
  }

  await clearFailedSignIns(email, address);
  await recordAudit({ action: "auth.sign_in", actorUserId: user.id, after: { email: user.email }, ipAddress: address });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
