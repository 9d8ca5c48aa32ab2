// The base every Lumen call goes through: one HTTP exchange, its answer checked against
// the contract, and one log line (operation, method, path, status, duration, attempt).
// Headers are never logged; a rejected request's body is, with secrets redacted, because
// Lumen's 400 codes name a field and the body shows what was in it.
import type { z } from "zod";
import type { HttpMethod } from "../../operations";
import type { LumenClientLogger } from "../lumen-client-types";
import { LumenError, LumenTransportError } from "../lumen-error";
import { redactSecrets } from "../redact";
import { decodeAnswer } from "./decode-answer";
import { sendHttpRequest } from "./http";

export interface ExchangeSettings {
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  logger: LumenClientLogger;
}

export interface OutgoingRequest {
  operationId: string;
  method: HttpMethod;
  actsOnLumen: boolean;
  path: string;
  pathAndQuery: string;
  headers: Record<string, string>;
  /** The encoded body as sent. */
  body?: string;
  /** The body as a value, for the log line of a rejected request (redacted there). */
  bodyForLog?: unknown;
}

function failureFields(error: unknown, request: OutgoingRequest): object {
  if (error instanceof LumenError) {
    const rejected = error.httpStatus < 500 && request.bodyForLog !== undefined;
    return { status: error.httpStatus, lumenCode: error.code, ...(rejected ? { requestBody: redactSecrets(request.bodyForLog) } : {}) };
  }
  if (error instanceof LumenTransportError) return { status: error.httpStatus, failure: error.kind, mayHaveArrived: error.mayHaveArrived };
  return { failure: "unexpected" };
}

export async function exchangeWithLumen<S extends z.ZodType>(
  settings: ExchangeSettings,
  request: OutgoingRequest,
  responseSchema: S,
  attempt: number,
): Promise<z.output<S>> {
  const { operationId, method, actsOnLumen, path } = request;
  const startedAt = performance.now();
  const fields = () => ({ operationId, method, path, attempt, durationMs: Math.round(performance.now() - startedAt) });
  try {
    const answer = await sendHttpRequest({
      operationId,
      method,
      actsOnLumen,
      url: new URL(settings.baseUrl + request.pathAndQuery),
      headers: request.headers,
      body: request.body,
      timeoutMs: settings.timeoutMs,
      fetch: settings.fetch,
    });
    const result = decodeAnswer(answer, responseSchema, { operationId, method, actsOnLumen });
    settings.logger.info({ ...fields(), status: answer.status }, "lumen call");
    return result;
  } catch (error) {
    settings.logger.warn({ ...fields(), ...failureFields(error, request) }, "lumen call failed");
    throw error;
  }
}
