// Bearer tokens per (base URL, client id, customer number), kept until shortly before they
// expire. Concurrent callers share one fetch (single flight), and a token Lumen refused
// as stale (403006, 403002) is dropped once, however many calls saw it, so they share one
// refresh. Process memory only: a token is cheap to fetch again, never the only copy of
// anything (ARCHITECTURE §8).

/** A token as the token endpoint issued it. */
export interface IssuedToken {
  accessToken: string;
  tokenType: string;
  expiresInSeconds: number;
}

export interface CachedToken extends IssuedToken {
  /** Wall-clock ms when Lumen stops accepting the token. */
  expiresAtMs: number;
  /** Wall-clock ms after which the cache fetches a new token, a margin before `expiresAtMs`. */
  refreshAfterMs: number;
}

export type FetchToken = () => Promise<IssuedToken>;

export interface TokenCache {
  /** The cached live token, the one being fetched, or the result of starting `fetchToken` for all waiters. */
  getOrFetch(key: string, fetchToken: FetchToken): Promise<CachedToken>;
  /** Forgets `accessToken` under `key` if it is still the cached one; a newer token stays. */
  invalidate(key: string, accessToken: string): void;
  /** Fetches anew even when a live token is cached (a connection test), still one flight at a time. */
  refresh(key: string, fetchToken: FetchToken): Promise<CachedToken>;
}

export function tokenCacheKey(baseUrl: string, clientId: string, customerNumber: string): string {
  return JSON.stringify([baseUrl, clientId, customerNumber]);
}

/** Refresh margin: 60 s or a tenth of the lifetime, whichever is more, but never past half of it. */
export function refreshAfterMs(fetchedAtMs: number, expiresInSeconds: number): number {
  const lifetimeMs = expiresInSeconds * 1000;
  const marginMs = Math.min(Math.max(60_000, lifetimeMs / 10), lifetimeMs / 2);
  return fetchedAtMs + lifetimeMs - marginMs;
}

export function createTokenCache(nowMs: () => number = Date.now): TokenCache {
  const tokens = new Map<string, CachedToken>();
  const inFlight = new Map<string, Promise<CachedToken>>();

  function startFetch(key: string, fetchToken: FetchToken): Promise<CachedToken> {
    // Timed from the request, not the answer, so a slow token call cannot outlive its token.
    const requestedAtMs = nowMs();
    const flight = fetchToken()
      .then((issued) => {
        const token: CachedToken = {
          ...issued,
          expiresAtMs: requestedAtMs + issued.expiresInSeconds * 1000,
          refreshAfterMs: refreshAfterMs(requestedAtMs, issued.expiresInSeconds),
        };
        tokens.set(key, token);
        return token;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, flight);
    return flight;
  }

  return {
    getOrFetch(key, fetchToken) {
      const cached = tokens.get(key);
      if (cached && nowMs() < cached.refreshAfterMs) return Promise.resolve(cached);
      return inFlight.get(key) ?? startFetch(key, fetchToken);
    },
    invalidate(key, accessToken) {
      if (tokens.get(key)?.accessToken === accessToken) tokens.delete(key);
    },
    refresh(key, fetchToken) {
      return inFlight.get(key) ?? startFetch(key, fetchToken);
    },
  };
}

/** Shared by every client in the process, so clients built per request reuse tokens. */
export const defaultTokenCache: TokenCache = createTokenCache();
