// The shape of the Lumen client, derived from the operation table and the contract's zod
// schemas: a method per operation, taking the schema's input type and resolving to the
// validated response. Nothing here is written by hand per operation, so a new row in
// `operations.ts` becomes a new method (and a type error in the client until it is wired).
import type { z } from "zod";
import type { LUMEN_OPERATIONS, RequestSchemaName, ResponseSchemaName } from "../operations";
import type { REQUEST_SCHEMA_BUILDERS, RESPONSE_SCHEMAS } from "../schemas/registry";
import type { RetryPolicy } from "./retry";
import type { TokenCache } from "./token-cache";
import type { HttpSend } from "./transport/http";

type Operation = (typeof LUMEN_OPERATIONS)[number];

/** What a caller passes for a request schema: the zod input type (what forms hold). */
export type LumenRequestInput<N extends RequestSchemaName> = z.input<ReturnType<(typeof REQUEST_SCHEMA_BUILDERS)[N]>>;

/** What a call resolves to: Lumen's answer after the contract's response schema accepted it. */
export type LumenResponse<N extends ResponseSchemaName> = z.output<(typeof RESPONSE_SCHEMAS)[N]>;

type ArgumentsOf<Op extends Operation> = Op extends { pathParams: RequestSchemaName; body: RequestSchemaName }
  ? [pathParams: LumenRequestInput<Op["pathParams"]>, body: LumenRequestInput<Op["body"]>]
  : Op extends { body: RequestSchemaName }
    ? [body: LumenRequestInput<Op["body"]>]
    : Op extends { query: RequestSchemaName }
      ? [query: LumenRequestInput<Op["query"]>]
      : [];

/** The token call is not a method: the client fetches tokens itself (see `fetchToken`). */
type VoiceOperation = Exclude<Operation, { auth: "basic" }>;

export type LumenMethodName = VoiceOperation["operationId"];

export type LumenVoiceMethods = {
  [Id in LumenMethodName]: (
    ...args: ArgumentsOf<Extract<VoiceOperation, { operationId: Id }>>
  ) => Promise<LumenResponse<Extract<VoiceOperation, { operationId: Id }>["response"]>>;
};

/** The result of a connection test; the token itself never leaves the client. */
export interface LumenTokenInfo {
  tokenType: string;
  expiresAt: Date;
}

export interface LumenClient extends LumenVoiceMethods {
  /** Fetches a fresh token with the organization's credentials (and caches it): a connection test. */
  fetchToken(): Promise<LumenTokenInfo>;
}

/** The part of a pino logger the client writes to. */
export interface LumenClientLogger {
  info(record: object, message?: string): void;
  warn(record: object, message?: string): void;
}

export interface LumenClientConfig {
  /** Lumen's API root, e.g. https://api.lumen.com or the sandbox's http://127.0.0.1:4010. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The organization's Lumen customer number (Master BusOrg), sent as x-customer-number. */
  customerNumber: string;
  /** Per HTTP attempt; default 15 000 ms. */
  timeoutMs?: number;
  /** How each HTTP exchange is sent; default `sendWithUndici`. Tests wrap it to count or fake exchanges. */
  send?: HttpSend;
  /** The clock of the request schemas' date rules (e.g. "not in the past"); default wall clock. */
  now?: () => Date;
  /** Default: the process-wide `defaultTokenCache`, so clients built per request share tokens. */
  tokenCache?: TokenCache;
  logger?: LumenClientLogger;
  /** Backoff for GETs and the token call; tests shrink the delays. */
  retry?: Partial<RetryPolicy>;
}
