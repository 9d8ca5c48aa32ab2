// The Lumen client's public face: the order engine, the organization settings page and the
// notification poller import from here and nowhere deeper. Server-side only (it holds
// partner credentials); the browser never talks to Lumen.
export { createLumenClient } from "./create-lumen-client";
export type {
  LumenClient,
  LumenClientConfig,
  LumenClientLogger,
  LumenMethodName,
  LumenRequestInput,
  LumenResponse,
  LumenTokenInfo,
  LumenVoiceMethods,
} from "./lumen-client-types";
export { isTransientFailure, LumenError, LumenTransportError, type LumenTransportErrorKind } from "./lumen-error";
export type { RetryPolicy } from "./retry";
export { createTokenCache, defaultTokenCache, type CachedToken, type IssuedToken, type TokenCache } from "./token-cache";
