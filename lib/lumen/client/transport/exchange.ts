// The base every Lumen call goes through: one HTTP exchange, its answer checked against
// the contract, and one log line (operation, method, path, status, duration, attempt).
// Neither headers nor bodies are logged: bodies carry subscribers' names and addresses,
// and the order history already keeps each request as sent (secrets redacted).
import type { z } from "zod";
import type { HttpMethod } from "../../operations";
import type { LumenClientLogger } from "../lumen-client-types";
import { LumenError, LumenTransportError } from "../lumen-error";
import { decodeAnswer } from "./decode-answer";
import { sendHttpRequest, type HttpSend } from "./http";

export interface ExchangeSettings {
  baseUrl: string;
  send: HttpSend;
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
}

function failureFields(error: unknown): object {
  if (error instanceof LumenError) return { status: error.httpStatus, lumenCode: error.code };
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
      send: settings.send,
    });
    const result = decodeAnswer(answer, responseSchema, { operationId, method, actsOnLumen });
    settings.logger.info({ ...fields(), status: answer.status }, "lumen call");
    return result;
  } catch (error) {
    settings.logger.warn({ ...fields(), ...failureFields(error) }, "lumen call failed");
    throw error;
  }
}
