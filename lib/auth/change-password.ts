import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { ChangePasswordSchema } from "./account-schemas";
import { hashPassword, verifyPassword } from "./password";

/**
 * Sets a new password and ends every session signed in before now. The caller re-issues
 * the session of the browser that made the change (the returned instant is its sign-in
 * time), so that one stays signed in.
 */
export async function changePassword(userId: string, input: unknown, address: string | null = null): Promise<{ sessionsValidFrom: Date }> {
  const values = ChangePasswordSchema.parse(input);
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(values.currentPassword, user.passwordHash))) {
    throw new AppError("VALIDATION_FAILED", "Some fields need attention.", { fieldErrors: { currentPassword: ["That is not your current password."] } });
  }
  const sessionsValidFrom = new Date();
  await db().user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(values.password), sessionsValidFrom } });
  await recordAudit({ action: "auth.password_change", actorUserId: userId, ipAddress: address });
  return { sessionsValidFrom };
}
