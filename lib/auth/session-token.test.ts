import { decode, encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSessionToken } from "./session-token";

const secret = "a-session-secret-of-some-length-0123456789";

afterEach(() => {
  vi.useRealTimers();
});

describe("decodeSessionToken", () => {
  it("reads the cookie next-auth wrote, exactly as next-auth's own decode does", async () => {
    const token = await encode({ token: { sub: "user-1", authTime: 1_764_000_000_000 }, secret });
    const ours = await decodeSessionToken({ token, secret });
    expect(ours).toEqual(await decode({ token, secret }));
    expect(ours).toMatchObject({ sub: "user-1", authTime: 1_764_000_000_000 });
  });

  it("keeps a key per secret and salt: a second secret or a salted token is read with its own key", async () => {
    await decodeSessionToken({ token: await encode({ token: { sub: "a" }, secret }), secret });
    const other = "another-secret-entirely-9876543210";
    expect(await decodeSessionToken({ token: await encode({ token: { sub: "b" }, secret: other }), secret: other })).toMatchObject({ sub: "b" });
    const salted = await encode({ token: { sub: "c" }, secret, salt: "authjs.session-token" });
    expect(await decodeSessionToken({ token: salted, secret, salt: "authjs.session-token" })).toMatchObject({ sub: "c" });
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
  });

  it("refuses a cookie sealed with another secret, a tampered one and an expired one", async () => {
    const foreign = await encode({ token: { sub: "user-1" }, secret: "someone-elses-secret-0123456789" });
    await expect(decodeSessionToken({ token: foreign, secret })).rejects.toThrow();

    const token = await encode({ token: { sub: "user-1" }, secret });
    const parts = token.split(".");
    const ciphertext = Buffer.from(parts[3]!, "base64url");
    ciphertext[0] = ciphertext[0]! ^ 0xff;
    parts[3] = ciphertext.toString("base64url");
    await expect(decodeSessionToken({ token: parts.join("."), secret })).rejects.toThrow();

    const expired = await encode({ token: { sub: "user-1" }, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow(/"exp" claim/);
  });

  it("refuses a cookie it has opened before once that cookie has expired", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret, maxAge: 60 });
    expect(await decodeSessionToken({ token, secret })).toMatchObject({ sub: "user-1" });
    expect(await decodeSessionToken({ token, secret })).toMatchObject({ sub: "user-1" });
    vi.useFakeTimers({ now: Date.now() + 120_000 });
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow(/"exp" claim/);
  });

  it("answers null when there is no cookie", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
