import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { mailSettings } from "@/lib/alerts/mail-settings";
import { portalUrl } from "@/lib/alerts/portal-url";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { ForgotPasswordSchema, ResetPasswordSchema } from "./account-schemas";
import { hashOneTimeToken, isWellFormedToken, newOneTimeToken } from "./one-time-token";
import { hashPassword } from "./password";

const RESET_LINK_MINUTES = 60;
// Three links an hour per e-mail keeps an inbox from being flooded; twenty per address
// stops one caller from walking through many e-mails.
const PER_EMAIL = { points: 3, duration: 60 * 60 };
const PER_ADDRESS = { points: 20, duration: 60 * 60 };

let limiters: { email: RateLimiterPrisma; address: RateLimiterPrisma } | null = null;
function getLimiters() {
  limiters ??= {
    email: new RateLimiterPrisma({ storeClient: db(), keyPrefix: "reset-email", clearExpiredByTimeout: false, ...PER_EMAIL }),
    address: new RateLimiterPrisma({ storeClient: db(), keyPrefix: "reset-ip", clearExpiredByTimeout: false, ...PER_ADDRESS }),
  };
  return limiters;
}

async function withinLimits(email: string, address: string): Promise<boolean> {
  const { email: byEmail, address: byAddress } = getLimiters();
  try {
    await byAddress.consume(address);
    await byEmail.consume(email);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}

/** The one answer to "forgot password", whatever happened, so it tells nobody whether an account exists. */
export const RESET_REQUESTED_MESSAGE =
  "If an account uses that e-mail address, a link to choose a new password is on its way. It works once, for one hour.";

/**
 * Mails a one-time reset link when the e-mail has an account and neither the e-mail nor
 * the caller's address asked too often. Answers nothing either way.
 */
export async function requestPasswordReset(input: unknown, address: string): Promise<void> {
  const { email } = ForgotPasswordSchema.parse(input);
  if (!(await withinLimits(email, address))) return;
  const user = await db().user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (!user) return;

  const { token, tokenHash } = newOneTimeToken();
  const link = portalUrl(`/reset-password/${token}`);
  const expiresAt = new Date(Date.now() + RESET_LINK_MINUTES * 60 * 1000);
  await db().$transaction(async (tx) => {
    const reset = await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt }, select: { id: true } });
    // Not filed under an organization: its admins must not see a link to their owner's account.
    await tx.outboxMail.create({
      data: {
        dedupeKey: `password-reset:${reset.id}`,
        toAddress: email,
        subject: "Choose a new Voice Portal password",
        textBody: [
          `Hello ${user.name},`,
          "",
          `Someone (we hope you) asked to reset the password of your Voice Portal account. Choose a new one here: ${link}`,
          "",
          `The link works once, until ${expiresAt.toUTCString()}. If you did not ask, ignore this mail: your password stays as it is.`,
        ].join("\n"),
      },
    });
    await recordAudit({ action: "auth.password_reset_request", actorUserId: user.id, ipAddress: address }, tx);
  });
  // Without SMTP nothing leaves the machine: whoever runs the portal finds the link here.
  if (!mailSettings()) logger.info({ to: email, link }, "password reset link (SMTP_URL is not set, so it is not mailed)");
}

export type ResetLinkState = "open" | "expired" | "used" | "unknown";

export async function resetLinkState(token: unknown): Promise<ResetLinkState> {
  if (!isWellFormedToken(token)) return "unknown";
  const row = await db().passwordResetToken.findUnique({ where: { tokenHash: hashOneTimeToken(token) }, select: { expiresAt: true, usedAt: true } });
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt.getTime() <= Date.now() ? "expired" : "open";
}

const REFUSALS: Record<Exclude<ResetLinkState, "open">, string> = {
  unknown: "This reset link is not valid. Ask for a new one.",
  expired: "This reset link has expired (they work for one hour). Ask for a new one.",
  used: "This reset link has been used already. Ask for a new one if you need to.",
};

/** Sets the new password once per link, and ends every session signed in before it. */
export async function resetPassword(token: unknown, input: unknown, address: string | null = null): Promise<{ email: string }> {
  const values = ResetPasswordSchema.parse(input);
  const passwordHash = await hashPassword(values.password);
  return db().$transaction(async (tx) => {
    if (!isWellFormedToken(token)) throw new AppError("NOT_FOUND", REFUSALS.unknown);
    const now = new Date();
    const row = await tx.passwordResetToken.findUnique({ where: { tokenHash: hashOneTimeToken(token) }, select: { id: true, userId: true } });
    if (!row) throw new AppError("NOT_FOUND", REFUSALS.unknown);
    const { count } = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (count !== 1) {
      const state = await resetLinkStateOf(tx, row.id);
      throw new AppError("CONFLICT", REFUSALS[state], { details: { state } });
    }
    const user = await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionsValidFrom: now }, select: { email: true } });
    // Other links of the same user stop working too: the password they were for is gone.
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await recordAudit({ action: "auth.password_reset", actorUserId: row.userId, ipAddress: address }, tx);
    return { email: user.email };
  });
}

async function resetLinkStateOf(tx: Prisma.TransactionClient, id: string): Promise<"expired" | "used"> {
  const row = await tx.passwordResetToken.findUniqueOrThrow({ where: { id }, select: { usedAt: true } });
  return row.usedAt ? "used" : "expired";
}
