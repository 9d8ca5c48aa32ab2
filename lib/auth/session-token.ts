import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

// Every request decodes the session cookie. next-auth's own decode derives the
// encryption key (HKDF) again each time and decrypts the cookie again each time; this one
// is next-auth's decode with the key derived once per secret, and with the cookies it has
// already opened remembered until they expire. Only a cookie that decrypted and verified
// is remembered, under its whole text; a hit still checks the expiry. Encoding stays
// next-auth's, so the cookie format is exactly next-auth's.

const CLOCK_TOLERANCE_SECONDS = 15;
const REMEMBERED_COOKIES = 1_000;

const derivedKeys = new Map<string, Uint8Array>();
const opened = new Map<string, JWT>();

function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  const cacheKey = `${salt}\u0000${secret.toString()}`;
  let key = derivedKeys.get(cacheKey);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    derivedKeys.set(cacheKey, key);
  }
  return key;
}

function stillValid(payload: JWT): boolean {
  return typeof payload.exp !== "number" || (payload.exp + CLOCK_TOLERANCE_SECONDS) * 1000 > Date.now();
}

export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const key = encryptionKey(secret, salt);
  // The key is part of the entry: a cookie opened under one secret or salt is not
  // thereby accepted under another.
  const cacheKey = `${Buffer.from(key).toString("base64")}.${token}`;
  const remembered = opened.get(cacheKey);
  if (remembered) {
    if (stillValid(remembered)) return { ...remembered };
    opened.delete(cacheKey);
  }
  const { payload } = await jwtDecrypt(token, key, { clockTolerance: CLOCK_TOLERANCE_SECONDS });
  // Oldest first out: a Map iterates in insertion order.
  if (opened.size >= REMEMBERED_COOKIES) opened.delete(opened.keys().next().value!);
  opened.set(cacheKey, payload as JWT);
  return { ...(payload as JWT) };
}
