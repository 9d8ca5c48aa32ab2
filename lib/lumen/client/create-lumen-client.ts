// The Lumen client of one organization: a method per operation of the contract, each
// validating its input, sending the bearer token and customer number, and checking the
// answer (see transport/exchange.ts). GETs are retried on transient failures; POSTs never
// are — a POST that may have reached Lumen is reconciled by the order engine, not resent
// here. A call refused for a stale token (403006, 403002) is sent once more with a fresh token:
// the gateway refused it before any work, so even a POST is safe to resend.
import { logger as portalLogger } from "@/lib/log/logger";
import { LUMEN_CUSTOMER_NUMBER_HEADER, LUMEN_OPERATIONS, type LumenOperation } from "../operations";
import { getResponseSchema } from "../schemas";
import type { LumenClient, LumenClientConfig, LumenVoiceMethods } from "./lumen-client-types";
import { isTransientFailure, LumenError } from "./lumen-error";
import { prepareRequest, type PreparedRequest } from "./prepare-request";
import { requestAccessToken } from "./request-access-token";
import { DEFAULT_RETRY_POLICY, withRetry } from "./retry";
import { defaultTokenCache, tokenCacheKey, type CachedToken } from "./token-cache";
import { exchangeWithLumen, type ExchangeSettings } from "./transport/exchange";
import { sendWithUndici } from "./transport/http";

const DEFAULT_TIMEOUT_MS = 15_000;
// 403006 (the token's lifetime ran out) and 403002 (a token Lumen no longer knows, e.g.
// after a sandbox reset): a fresh token cures both, and wrong credentials then fail on the
// token call itself.
const STALE_TOKEN_CODES: ReadonlySet<number> = new Set([403006, 403002]);

const VOICE_OPERATIONS: readonly LumenOperation[] = LUMEN_OPERATIONS.filter((operation) => operation.auth === "bearer");

export function createLumenClient(config: LumenClientConfig): LumenClient {
  const settings: ExchangeSettings = {
    baseUrl: config.baseUrl.replace(/\/+$/, ""),
    send: config.send ?? sendWithUndici,
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    logger: config.logger ?? portalLogger,
  };
  const retryPolicy = { ...DEFAULT_RETRY_POLICY, ...config.retry };
  const now = config.now ?? (() => new Date());
  const tokenCache = config.tokenCache ?? defaultTokenCache;
  const cacheKey = tokenCacheKey(settings.baseUrl, config.clientId, config.customerNumber);
  const fetchIssuedToken = () => requestAccessToken(settings, config, retryPolicy);

  function send(request: PreparedRequest, operation: LumenOperation, token: CachedToken, attempt: number) {
    const headers: Record<string, string> = {
      authorization: `Bearer ${token.accessToken}`,
      [LUMEN_CUSTOMER_NUMBER_HEADER]: config.customerNumber,
      accept: "application/json",
    };
    if (request.body !== undefined) headers["content-type"] = "application/json";
    const outgoing = {
      ...request,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    };
    return exchangeWithLumen(settings, outgoing, getResponseSchema(operation.response), attempt);
  }

  async function call(operation: LumenOperation, args: readonly unknown[]): Promise<unknown> {
    const request = prepareRequest(operation, args, { now: now() });
    let attempt = 0;
    const sendWithFreshToken = async () => {
      const token = await tokenCache.getOrFetch(cacheKey, fetchIssuedToken);
      try {
        return await send(request, operation, token, ++attempt);
      } catch (error) {
        if (!(error instanceof LumenError && STALE_TOKEN_CODES.has(error.code))) throw error;
        // Concurrent calls that all saw the same stale token share one refresh.
        tokenCache.invalidate(cacheKey, token.accessToken);
        const renewed = await tokenCache.getOrFetch(cacheKey, fetchIssuedToken);
        return await send(request, operation, renewed, ++attempt);
      }
    };
    // The token call retries on its own; retrying its failure here too would multiply attempts.
    const isTransientFailureOfThisCall = (error: unknown) => isTransientFailure(error) && error.operationId === operation.operationId;
    return operation.method === "GET" ? withRetry(retryPolicy, isTransientFailureOfThisCall, sendWithFreshToken) : sendWithFreshToken();
  }

  // Built from the operation table, so the per-operation signatures in LumenVoiceMethods
  // are the type system's view of the same table; the cast joins the two.
  const methods = Object.fromEntries(
    VOICE_OPERATIONS.map((operation) => [operation.operationId, (...args: unknown[]) => call(operation, args)]),
  ) as unknown as LumenVoiceMethods;

  return {
    ...methods,
    async fetchToken() {
      const token = await tokenCache.refresh(cacheKey, fetchIssuedToken);
      return { tokenType: token.tokenType, expiresAt: new Date(token.expiresAtMs) };
    },
  };
}
