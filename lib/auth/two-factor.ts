import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { ConfirmTotpSchema, DisableTotpSchema } from "./account-schemas";
import { verifyPassword } from "./password";
import { acceptStoredTotpCode, acceptTotpCode, newTotpEnrollment, openTotpEnrollment, sealTotpSecret, type TotpEnrollment } from "./totp";

// One-time codes at sign-in, per user, offered to the partner's own staff: reseller users
// sign in with their password alone.

const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", "Some fields need attention.", { fieldErrors: { [field]: [message] } });

/** Whether the user works for a partner (a membership outside any sub-account). */
export async function isStaffUser(userId: string): Promise<boolean> {
  return (await db().membership.count({ where: { userId, subAccountId: null } })) > 0;
}

export async function startTotpEnrollment(userId: string): Promise<TotpEnrollment> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "One-time codes are on already. Turn them off first to enroll another app.");
  if (!(await isStaffUser(userId))) throw new AppError("FORBIDDEN", "One-time codes are offered to the partner's own staff.");
  return newTotpEnrollment(user);
}

/** Turns codes on once the first code from the app proves it holds the secret. */
export async function confirmTotpEnrollment(userId: string, input: unknown, address: string | null = null): Promise<void> {
  const { enrollment, code } = ConfirmTotpSchema.parse(input);
  const secret = openTotpEnrollment(enrollment, userId);
  if (!secret) throw new AppError("BAD_REQUEST", "This enrollment is not valid any more. Start again.");
  if (!(await acceptTotpCode(userId, secret, code))) throw fieldError("code", "That code is not right. Enter the code your app shows now.");
  const { count } = await db().user.updateMany({
    where: { id: userId, totpEnabledAt: null },
    data: { totpSecretEnc: sealTotpSecret(secret), totpEnabledAt: new Date() },
  });
  if (count !== 1) throw new AppError("CONFLICT", "One-time codes are on already.");
  await recordAudit({ action: "auth.totp_enable", actorUserId: userId, ipAddress: address });
}

/** Turning codes off needs both the password and a current code. */
export async function disableTotp(userId: string, input: unknown, address: string | null = null): Promise<void> {
  const { password, code } = DisableTotpSchema.parse(input);
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, passwordHash: true, totpSecretEnc: true, totpEnabledAt: true } });
  if (!user.totpEnabledAt) return;
  if (!(await verifyPassword(password, user.passwordHash))) throw fieldError("password", "That is not your password.");
  if (!(await acceptStoredTotpCode(user, code))) throw fieldError("code", "That code is not right. Enter the code your app shows now.");
  await db().user.update({ where: { id: userId }, data: { totpSecretEnc: null, totpEnabledAt: null } });
  await recordAudit({ action: "auth.totp_disable", actorUserId: userId, ipAddress: address });
}
