// Builds Lumen's OpenAPI 3.1 document from the two things that define the contract: the
// operation table and the zod schemas. `openapi.yaml` is this document written out (by
// scripts/generate-lumen-types.ts); a test fails when the file and the code disagree.
// Messages are not copied into the document: it lists codes only, and codes-table.ts
// stays the one place Lumen's words are written.
import { LUMEN_CODE_ROWS } from "./codes-table";
import {
  LUMEN_CUSTOMER_NUMBER_HEADER,
  LUMEN_OPERATIONS,
  REQUEST_SCHEMA_NAMES,
  RESPONSE_SCHEMA_NAMES,
  type LumenOperation,
  type RequestSchemaName,
  type ResponseSchemaName,
} from "./operations";
import { assumed } from "./schemas/assumed";
import { jsonSchemaOf } from "./schemas/fields/json-schema";
import { buildRequestSchema, getResponseSchema } from "./schemas/registry";

type JsonObject = Record<string, unknown>;

// JSON Schema does not depend on "now"; any fixed clock builds the same document.
const DOCUMENT_CLOCK = { now: new Date(0) };

export function requestComponentSchema(name: RequestSchemaName): JsonObject {
  return jsonSchemaOf(buildRequestSchema(name, DOCUMENT_CLOCK));
}

export function responseComponentSchema(name: ResponseSchemaName): JsonObject {
  return jsonSchemaOf(getResponseSchema(name));
}

const ref = (kind: "schemas" | "parameters" | "responses", name: string) => ({ $ref: `#/components/${kind}/${name}` });

/** Error statuses in the guide's tables, each with the codes it carries. */
function errorStatuses(): Map<number, number[]> {
  const byStatus = new Map<number, number[]>();
  for (const row of LUMEN_CODE_ROWS) {
    if (row.kind !== "error" || row.httpStatus === null) continue;
    byStatus.set(row.httpStatus, [...(byStatus.get(row.httpStatus) ?? []), row.code]);
  }
  return byStatus;
}

function parametersFrom(name: RequestSchemaName, location: "query" | "path"): JsonObject[] {
  const schema = requestComponentSchema(name);
  const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([parameter, parameterSchema]) => ({
    name: parameter,
    in: location,
    required: location === "path" || required.has(parameter),
    schema: parameterSchema,
  }));
}

function operationObject(operation: LumenOperation, operationId: string, statuses: Map<number, number[]>): JsonObject {
  const parameters = [
    ...(operation.auth === "bearer" ? [ref("parameters", "CustomerNumber")] : []),
    ...(operation.pathParams ? parametersFrom(operation.pathParams, "path") : []),
    ...(operation.query ? parametersFrom(operation.query, "query") : []),
  ];
  const errorResponses = Object.fromEntries([...statuses.keys()].map((status) => [String(status), ref("responses", `Error${status}`)]));
  return {
    operationId,
    summary: operation.summary,
    ...(operation.assumed && assumed(operation.assumed)),
    ...(operation.orderKinds.length > 0 && { "x-lumen-order-kinds": [...operation.orderKinds] }),
    security: [operation.auth === "basic" ? { clientCredentials: [] } : { bearerToken: [] }],
    ...(parameters.length > 0 && { parameters }),
    ...(operation.body && {
      requestBody: {
        required: true,
        content: { [operation.bodyMediaType ?? "application/json"]: { schema: ref("schemas", operation.body) } },
      },
    }),
    responses: {
      "200": {
        description: "Success.",
        ...assumed("The guide gives no success status; 200 throughout."),
        content: { "application/json": { schema: ref("schemas", operation.response) } },
      },
      ...errorResponses,
    },
  };
}

function paths(statuses: Map<number, number[]>): JsonObject {
  const result: Record<string, JsonObject> = {};
  for (const operation of LUMEN_OPERATIONS) {
    operation.paths.forEach((path, index) => {
      // OpenAPI wants unique operation IDs, so a second path of the same operation is an alias.
      const operationId = index === 0 ? operation.operationId : `${operation.operationId}Alias${index}`;
      result[path] = { ...result[path], [operation.method.toLowerCase()]: operationObject(operation, operationId, statuses) };
    });
  }
  return result;
}

function errorResponses(statuses: Map<number, number[]>): JsonObject {
  return Object.fromEntries(
    [...statuses].map(([status, codes]) => [
      `Error${status}`,
      {
        description: `Lumen error; the body's code is one of x-lumen-codes (messages in codes-table.ts).`,
        "x-lumen-codes": codes,
        content: { "application/json": { schema: ref("schemas", "LumenErrorBody") } },
      },
    ]),
  );
}

export function buildLumenOpenApiDocument(): JsonObject {
  const statuses = errorStatuses();
  const headers = requestComponentSchema("LumenRequestHeaders");
  const headerProperties = headers.properties as Record<string, JsonObject>;
  return {
    openapi: "3.1.0",
    info: {
      title: "Lumen Voice LI-ELS API (as read from Lumen's public guide)",
      version: "1.0.0",
      description:
        "Written from Lumen's public Voice LI-ELS guide, not from Lumen's own OAS file. Every guess is marked x-assumed with its reason.",
    },
    servers: [
      { url: "https://api-test.lumen.com", description: "Sandbox" },
      { url: "https://api.lumen.com", description: "Production" },
    ],
    paths: paths(statuses),
    components: {
      securitySchemes: {
        clientCredentials: {
          type: "http",
          scheme: "basic",
          description: "client_id:client_secret, base64; only for POST /oauth/token.",
        },
        bearerToken: { type: "http", scheme: "bearer", description: "access_token from POST /oauth/token." },
      },
      parameters: {
        CustomerNumber: {
          name: LUMEN_CUSTOMER_NUMBER_HEADER,
          in: "header",
          required: true,
          schema: headerProperties[LUMEN_CUSTOMER_NUMBER_HEADER],
        },
      },
      responses: errorResponses(statuses),
      schemas: {
        ...Object.fromEntries(REQUEST_SCHEMA_NAMES.map((name) => [name, requestComponentSchema(name)])),
        ...Object.fromEntries(RESPONSE_SCHEMA_NAMES.map((name) => [name, responseComponentSchema(name)])),
      },
    },
  };
}
