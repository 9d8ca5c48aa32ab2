// Lumen's answer, checked against the contract: a success must match the operation's
// response schema and a failure must be Lumen's error body. Anything else is an invalid
// response — a vendor payload is never passed on unchecked.
import type { z } from "zod";
import type { HttpMethod } from "../../operations";
import { LumenErrorBodySchema } from "../../schemas/error-body";
import { LumenError, LumenTransportError } from "../lumen-error";
import type { HttpAnswer } from "./http";

export interface AnswerContext {
  operationId: string;
  method: HttpMethod;
  actsOnLumen: boolean;
}

function invalidResponse(context: AnswerContext, httpStatus: number, detail: string, cause?: unknown): LumenTransportError {
  return new LumenTransportError({
    ...context,
    kind: "invalid-response",
    // An answer came back, so the request did reach Lumen; what it did there we cannot read.
    mayHaveArrived: context.actsOnLumen,
    httpStatus,
    detail,
    cause,
  });
}

export function decodeAnswer<S extends z.ZodType>(answer: HttpAnswer, responseSchema: S, context: AnswerContext): z.output<S> {
  const { status, body } = answer;
  if (status >= 200 && status < 300) {
    const parsed = responseSchema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw invalidResponse(context, status, `HTTP ${status} body does not match the contract`, parsed.error);
  }
  const errorBody = LumenErrorBodySchema.safeParse(body);
  if (!errorBody.success) throw invalidResponse(context, status, `HTTP ${status} without Lumen's error body`, errorBody.error);
  throw new LumenError({ ...context, code: errorBody.data.code, httpStatus: status, bodyMessage: errorBody.data.message });
}
