import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// AES-256-GCM for every stored credential (Lumen client id and secret, webhook
// secrets). A sealed value is "v1.<iv>.<tag>.<ciphertext>" in base64url, so a key or
// format change later can be told apart. The key comes from PORTAL_SECRET_KEY (32
// bytes, base64 or hex); on the embedded default the launcher generates one into
// .data/ on first run. Decrypted values stay on the server.

const VERSION = "v1";

export class SecretKeyError extends Error {}

export function loadSecretKey(raw = process.env.PORTAL_SECRET_KEY): Buffer {
  if (!raw) throw new SecretKeyError("PORTAL_SECRET_KEY is not set; the portal cannot read or store credentials.");
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, "hex") : Buffer.from(raw, "base64");
  if (key.length !== 32) throw new SecretKeyError("PORTAL_SECRET_KEY must be 32 bytes, written as base64 or as 64 hex digits.");
  return key;
}

export function generateSecretKey(): string {
  return randomBytes(32).toString("base64");
}

export function sealSecret(plaintext: string, key = loadSecretKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function openSecret(sealed: string, key = loadSecretKey()): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("Not a sealed secret.");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  // A wrong key or a tampered value fails here; the message names neither.
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("A stored secret could not be decrypted: PORTAL_SECRET_KEY differs from the key it was sealed with.");
  }
}
