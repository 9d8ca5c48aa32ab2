import "server-only";
import * as OTPAuth from "otpauth";
import QRCode from "qrcode";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";

// Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 seconds), as every
// authenticator app reads them. One step either side is accepted for clock drift; a code
// once accepted is refused for the rest of its window, so a code seen over a shoulder
// cannot be replayed.

const PERIOD_SECONDS = 30;
const ISSUER = "Voice Portal";

function totpOf(secretBase32: string, label = "") {
  return new OTPAuth.TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: OTPAuth.Secret.fromBase32(secretBase32) });
}

let usedCodes: RateLimiterPrisma | null = null;
function usedCodeStore() {
  // The window spans three steps (±1); remembering a used step for four covers it.
  usedCodes ??= new RateLimiterPrisma({ storeClient: db(), keyPrefix: "totp-used", clearExpiredByTimeout: false, points: 1, duration: PERIOD_SECONDS * 4 });
  return usedCodes;
}

export interface TotpEnrollment {
  /** Sealed {userId, secret}: handed to the browser and back, readable only by the server. */
  enrollment: string;
  secretBase32: string;
  qrSvg: string;
}

/** A new secret for `user`, not yet stored: it is enabled only once a first code confirms it. */
export async function newTotpEnrollment(user: { id: string; email: string }): Promise<TotpEnrollment> {
  const secret = new OTPAuth.Secret({ size: 20 });
  const uri = totpOf(secret.base32, user.email).toString();
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { enrollment: sealSecret(JSON.stringify({ userId: user.id, secret: secret.base32 })), secretBase32: secret.base32, qrSvg };
}

/** The secret of an enrollment this server sealed for this user; null for anything else. */
export function openTotpEnrollment(enrollment: string, userId: string): string | null {
  try {
    const opened = JSON.parse(openSecret(enrollment)) as { userId?: unknown; secret?: unknown };
    return opened.userId === userId && typeof opened.secret === "string" ? opened.secret : null;
  } catch {
    return null;
  }
}

export function sealTotpSecret(secretBase32: string): string {
  return sealSecret(secretBase32);
}

/**
 * True when `code` is the user's current code (±1 step) and was not accepted before.
 * Accepting it marks it used.
 */
export async function acceptTotpCode(userId: string, secretBase32: string, code: string): Promise<boolean> {
  const totp = totpOf(secretBase32);
  const now = Date.now();
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return false;
  const step = totp.counter({ timestamp: now }) + delta;
  try {
    await usedCodeStore().consume(`${userId}:${step}`);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}

/** For a user's stored, sealed secret. */
export async function acceptStoredTotpCode(user: { id: string; totpSecretEnc: string | null }, code: string): Promise<boolean> {
  if (!user.totpSecretEnc) return false;
  return acceptTotpCode(user.id, openSecret(user.totpSecretEnc), code);
}
