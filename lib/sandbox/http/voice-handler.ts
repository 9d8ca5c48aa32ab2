import type { z } from "zod";
import type { LUMEN_OPERATIONS, LumenOperationId, RequestSchemaName } from "@/lib/lumen/operations";
import type { REQUEST_SCHEMA_BUILDERS } from "@/lib/lumen/schemas/registry";
import type { Sandbox } from "../sandbox";
import type { SeedCustomer } from "../seed-types";

// What a /Voice operation handler receives and returns. The server has already
// authenticated the call and parsed its path, query and body with the schemas the
// operation table names (the contract's own zod schemas), so each handler gets typed
// input and throws LumenRejection to answer with a code.

type ParsedRequest<N> = N extends RequestSchemaName
  ? z.output<ReturnType<(typeof REQUEST_SCHEMA_BUILDERS)[N]>>
  : undefined;

type OperationOf<Id> = Extract<(typeof LUMEN_OPERATIONS)[number], { operationId: Id }>;
type SchemaOf<Id, Key extends string> = OperationOf<Id> extends Record<Key, infer N> ? N : undefined;

export type VoiceOperationId = Exclude<LumenOperationId, "getAccessToken">;

export interface VoiceCall<Id extends VoiceOperationId> {
  sb: Sandbox;
  customer: SeedCustomer;
  /** Virtual now, read once per request. */
  now: number;
  query: ParsedRequest<SchemaOf<Id, "query">>;
  body: ParsedRequest<SchemaOf<Id, "body">>;
  params: ParsedRequest<SchemaOf<Id, "pathParams">>;
}

export interface VoiceAnswer {
  status: number;
  body: unknown;
}

/** The handler of operation `Id`; its input types follow the operation table. */
export type HandlerFor<Id extends VoiceOperationId> = (call: VoiceCall<Id>) => VoiceAnswer;

/** The contract answers every success with 200, order creation included. */
export const ok = (body: unknown): VoiceAnswer => ({ status: 200, body });
