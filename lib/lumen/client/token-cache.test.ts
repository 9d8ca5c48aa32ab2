import { describe, expect, it } from "vitest";
import { createTokenCache, refreshAfterMs, type IssuedToken } from "./token-cache";

// The cache alone, on a hand-driven clock: refresh margins, single flight, and that a
// stale-token report drops only the token it names.

const HOUR = 3600;

function issuer() {
  let issued = 0;
  const fetchToken = async (): Promise<IssuedToken> => {
    issued += 1;
    return { accessToken: `token-${issued}`, tokenType: "Bearer", expiresInSeconds: HOUR };
  };
  return { fetchToken, issued: () => issued };
}

describe("refreshAfterMs", () => {
  it.each([
    ["an hour: 6 minutes early (a tenth beats 60 s)", HOUR, HOUR * 1000 * 0.9],
    ["five minutes: 60 s early", 300, 240_000],
    ["a minute: half-way, never at or past expiry", 60, 30_000],
  ])("%s", (_case, expiresIn, expected) => {
    expect(refreshAfterMs(0, expiresIn)).toBe(expected);
  });
});

describe("createTokenCache", () => {
  it("fetches once for concurrent callers and serves the cached token until the refresh point", async () => {
    let now = 0;
    const cache = createTokenCache(() => now);
    const { fetchToken, issued } = issuer();

    const tokens = await Promise.all(Array.from({ length: 10 }, () => cache.getOrFetch("org", fetchToken)));
    now = HOUR * 1000 * 0.9 - 1;
    const stillCached = await cache.getOrFetch("org", fetchToken);
    now += 1;
    const renewed = await cache.getOrFetch("org", fetchToken);

    expect(new Set(tokens.map((token) => token.accessToken))).toEqual(new Set(["token-1"]));
    expect(stillCached.accessToken).toBe("token-1");
    expect(renewed.accessToken).toBe("token-2");
    expect(issued()).toBe(2);
    expect(renewed.expiresAtMs).toBe(now + HOUR * 1000);
  });

  it("invalidate drops only the named token, so a late report cannot discard a newer one", async () => {
    const cache = createTokenCache(() => 0);
    const { fetchToken, issued } = issuer();
    await cache.getOrFetch("org", fetchToken);

    cache.invalidate("org", "token-1");
    await cache.getOrFetch("org", fetchToken);
    cache.invalidate("org", "token-1");
    const current = await cache.getOrFetch("org", fetchToken);

    expect(current.accessToken).toBe("token-2");
    expect(issued()).toBe(2);
  });

  it("forgets a failed fetch, so the next caller tries again", async () => {
    const cache = createTokenCache(() => 0);
    const { fetchToken } = issuer();
    await expect(cache.getOrFetch("org", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await expect(cache.getOrFetch("org", fetchToken)).resolves.toMatchObject({ accessToken: "token-1" });
  });

  it("keeps organizations apart by key", async () => {
    const cache = createTokenCache(() => 0);
    const { fetchToken, issued } = issuer();
    await Promise.all([cache.getOrFetch("a", fetchToken), cache.getOrFetch("b", fetchToken)]);
    expect(issued()).toBe(2);
  });
});
