import { createHash, randomBytes } from "node:crypto";

// Links that grant something once (an invitation, a password reset): the link carries 32
// random bytes, the database only their SHA-256, so a read of the table opens nothing.

export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens are 43 base64url characters; anything else is not looked up at all. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
