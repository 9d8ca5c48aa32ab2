import { describe, expect, it } from "vitest";
import { generateSecretKey, loadSecretKey, openSecret, sealSecret } from "./secret-box";

describe("secret box", () => {
  const key = loadSecretKey(generateSecretKey());

  it("round-trips a credential and never stores it in the clear", () => {
    const sealed = sealSecret("client-secret-123", key);
    expect(sealed).not.toContain("client-secret-123");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(openSecret(sealed, key)).toBe("client-secret-123");
  });

  it("seals the same value differently each time (random IV)", () => {
    expect(sealSecret("same", key)).not.toBe(sealSecret("same", key));
  });

  it("refuses a tampered value and a wrong key without revealing anything", () => {
    const sealed = sealSecret("secret", key);
    const parts = sealed.split(".");
    parts[3] = Buffer.from("forged").toString("base64url");
    expect(() => openSecret(parts.join("."), key)).toThrow(/could not be decrypted/);
    expect(() => openSecret(sealed, loadSecretKey(generateSecretKey()))).toThrow(/could not be decrypted/);
  });

  it("accepts a hex key and rejects a short one", () => {
    expect(loadSecretKey("ab".repeat(32))).toHaveLength(32);
    expect(() => loadSecretKey("c2hvcnQ=")).toThrow(/32 bytes/);
    expect(() => loadSecretKey("")).toThrow(/not set/);
  });
});
