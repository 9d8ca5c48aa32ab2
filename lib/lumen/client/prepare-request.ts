// A caller's arguments → the HTTP request of an operation, checked by the same zod schemas
// the portal's forms and the simulator use. An invalid input throws the ZodError here,
// before any network I/O, with Lumen's own codes on its issues (see lumen-rule.ts).
import type { HttpMethod, LumenOperation, RequestSchemaName } from "../operations";
import { buildRequestSchema, type RuleClock } from "../schemas";
import { actsOnLumen } from "./lumen-error";

export interface PreparedRequest {
  operationId: string;
  method: HttpMethod;
  actsOnLumen: boolean;
  /** Path and query, e.g. /Voice/v1/Numbers/orderStatus?externalOrderID=ord_1 */
  pathAndQuery: string;
  /** The path without the query, for log lines. */
  path: string;
  /** The validated JSON body (kept as a value for redacted logging). */
  body: unknown;
}

function parseInput(name: RequestSchemaName, value: unknown, clock: RuleClock): unknown {
  const schema = buildRequestSchema(name, clock);
  return schema.parse(value);
}

function fillPath(template: string, params: unknown): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (params as Record<string, unknown>)[name];
    return encodeURIComponent(String(value));
  });
}

function queryStringOf(query: unknown): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (value !== undefined) search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** `args` follow the method's signature: (pathParams, body), (body), (query) or (). */
export function prepareRequest(operation: LumenOperation, args: readonly unknown[], clock: RuleClock): PreparedRequest {
  const queue = [...args];
  const pathParams = operation.pathParams ? parseInput(operation.pathParams, queue.shift(), clock) : {};
  const body = operation.body ? parseInput(operation.body, queue.shift(), clock) : undefined;
  const query = operation.query ? parseInput(operation.query, queue.shift(), clock) : {};
  const path = fillPath(operation.paths[0], pathParams);
  return {
    operationId: operation.operationId,
    method: operation.method,
    actsOnLumen: actsOnLumen(operation),
    path,
    pathAndQuery: path + queryStringOf(query),
    body,
  };
}
