// The two ways a Lumen call fails. `LumenError`: Lumen answered with its error body, so we
// know its code. `LumenTransportError`: no readable answer (time-out, broken connection,
// a payload the contract does not describe). Both say whether a POST may have reached
// Lumen, because then the order engine must reconcile (order status by externalOrderID)
// before it sends the order again; the client itself never resends a POST.
import { lumenMessage } from "../codes";
import { LUMEN_CODE_ROWS } from "../codes-table";
import type { HttpMethod } from "../operations";

/** Lumen's gateway statuses that say "try again later" rather than "your request is wrong". */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([503, 504]);

function isRetryableStatus(httpStatus: number): boolean {
  return RETRYABLE_STATUSES.has(httpStatus);
}

/**
 * Whether Lumen may act on a request: the POSTs of /Voice operations. GETs change nothing,
 * and when the token call fails the caller's own request was never sent — so for both an
 * unsure outcome needs no reconciling.
 */
export function actsOnLumen(operation: { method: HttpMethod; auth: "basic" | "bearer" }): boolean {
  return operation.method === "POST" && operation.auth === "bearer";
}

/**
 * A 5xx may come after the work was done: a gateway time-out (504) in front of a back end
 * that finished, or an error raised after the order was stored.
 */
function mayHaveArrivedDespite(httpStatus: number): boolean {
  return httpStatus >= 500;
}

/** Lumen's own words for a code from the table; null for codes the guide does not list. */
function tableMessage(code: number): string | null {
  return LUMEN_CODE_ROWS.some((row) => row.code === code) ? lumenMessage(code) : null;
}

export class LumenError extends Error {
  readonly code: number;
  readonly httpStatus: number;
  readonly operationId: string;
  readonly method: HttpMethod;
  /** A transient gateway failure (503/504): worth trying again later — after reconciling, for a POST. */
  readonly retryable: boolean;
  /** True when Lumen may have acted on the request (see `actsOnLumen`) before failing: reconcile before resending. */
  readonly mayHaveArrived: boolean;

  constructor(init: { code: number; httpStatus: number; bodyMessage: string; operationId: string; method: HttpMethod; actsOnLumen: boolean }) {
    super(tableMessage(init.code) ?? init.bodyMessage);
    this.name = "LumenError";
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.operationId = init.operationId;
    this.method = init.method;
    this.retryable = isRetryableStatus(init.httpStatus);
    this.mayHaveArrived = init.actsOnLumen && mayHaveArrivedDespite(init.httpStatus);
  }
}

export type LumenTransportErrorKind = "timeout" | "network" | "invalid-response";

export class LumenTransportError extends Error {
  readonly kind: LumenTransportErrorKind;
  readonly operationId: string;
  readonly method: HttpMethod;
  /** True when Lumen may have acted on the request (see `actsOnLumen`); false when it surely did not (connection refused). */
  readonly mayHaveArrived: boolean;
  /** The HTTP status of an invalid response, when there was one. */
  readonly httpStatus: number | undefined;

  constructor(init: {
    kind: LumenTransportErrorKind;
    operationId: string;
    method: HttpMethod;
    mayHaveArrived: boolean;
    httpStatus?: number;
    detail: string;
    cause?: unknown;
  }) {
    super(`Lumen ${init.operationId}: ${init.kind} (${init.detail})`, { cause: init.cause });
    this.name = "LumenTransportError";
    this.kind = init.kind;
    this.operationId = init.operationId;
    this.method = init.method;
    this.mayHaveArrived = init.mayHaveArrived;
    this.httpStatus = init.httpStatus;
  }
}

/** Failures worth repeating a safe request for: gateway 503/504, time-outs, broken connections. */
export function isTransientFailure(error: unknown): error is LumenError | LumenTransportError {
  if (error instanceof LumenError) return error.retryable;
  if (error instanceof LumenTransportError) {
    return error.kind !== "invalid-response" || (error.httpStatus !== undefined && isRetryableStatus(error.httpStatus));
  }
  return false;
}
