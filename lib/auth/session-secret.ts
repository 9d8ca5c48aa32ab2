import { hkdfSync } from "node:crypto";
import { loadSecretKey } from "@/lib/crypto/secret-box";

/**
 * NEXTAUTH_SECRET when given; otherwise derived from the key that seals credentials,
 * so the embedded default needs one secret, not two.
 */
export function sessionSecret(env: Partial<Record<string, string>> = process.env): string | undefined {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (!env.PORTAL_SECRET_KEY) return undefined;
  return Buffer.from(hkdfSync("sha256", loadSecretKey(env.PORTAL_SECRET_KEY), "voice-portal", "next-auth session", 32)).toString("base64");
}
