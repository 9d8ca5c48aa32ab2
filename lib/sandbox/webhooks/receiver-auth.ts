import type { WebhookAuth } from "../seed-types";

// The Authorization header for a customer's webhook: Basic with the customer's username
// and password, or a bearer token fetched from the customer's own token endpoint with
// client credentials and cached until shortly before it expires.

interface CachedToken {
  token: string;
  expiresAt: number;
}

export interface ReceiverAuth {
  header(customerNumber: string, auth: WebhookAuth, timeoutMs: number): Promise<string>;
  /** Drop a cached token, e.g. after the receiver answered 401. */
  forget(customerNumber?: string): void;
}

/** Refresh this long before the receiver's token would expire. */
const EXPIRY_MARGIN_MS = 30_000;

export function createReceiverAuth(): ReceiverAuth {
  // Promises, so deliveries running side by side share one token request.
  const tokens = new Map<string, Promise<CachedToken>>();

  async function fetchToken(auth: Extract<WebhookAuth, { type: "oauth" }>, timeoutMs: number): Promise<CachedToken> {
    const response = await fetch(auth.tokenUrl, {
      method: "POST",
      headers: {
        authorization: basic(auth.clientId, auth.clientSecret),
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
      },
      body: new URLSearchParams({ grant_type: "client_credentials" }).toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== "string" || body.access_token === "") {
      throw new Error("token endpoint answered without an access_token");
    }
    const expiresIn = Number(body.expires_in);
    const lifetimeMs = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 : 3600_000;
    return { token: body.access_token, expiresAt: Date.now() + lifetimeMs - EXPIRY_MARGIN_MS };
  }

  async function currentToken(
    customerNumber: string,
    auth: Extract<WebhookAuth, { type: "oauth" }>,
    timeoutMs: number,
  ): Promise<CachedToken> {
    const cached = tokens.get(customerNumber);
    if (cached) {
      const token = await cached.catch(() => null);
      if (token && token.expiresAt > Date.now()) return token;
      if (tokens.get(customerNumber) === cached) tokens.delete(customerNumber);
    }
    let pending = tokens.get(customerNumber);
    if (!pending) {
      const fetching = fetchToken(auth, timeoutMs);
      // A failed fetch is not kept: the next attempt asks again.
      fetching.catch(() => {
        if (tokens.get(customerNumber) === fetching) tokens.delete(customerNumber);
      });
      tokens.set(customerNumber, fetching);
      pending = fetching;
    }
    return pending;
  }

  return {
    async header(customerNumber, auth, timeoutMs) {
      if (auth.type === "basic") return basic(auth.username, auth.password);
      return `Bearer ${(await currentToken(customerNumber, auth, timeoutMs)).token}`;
    },
    forget(customerNumber) {
      if (customerNumber === undefined) tokens.clear();
      else tokens.delete(customerNumber);
    },
  };
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}
