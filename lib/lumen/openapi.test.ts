// (b) The zod schemas and openapi.yaml agree: each component schema is exactly the zod
// schema's JSON Schema, and ajv (reading the document) and zod give the same verdict on
// every sample the document can judge. (c) The committed YAML and generated types are
// what the generator would write now.
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildLumenOpenApiDocument, requestComponentSchema, responseComponentSchema } from "./openapi-document";
import { GENERATED_TYPES_PATH, OPENAPI_YAML_PATH, renderOpenApiTypes, renderOpenApiYaml } from "./openapi-types";
import { REQUEST_SCHEMA_NAMES, RESPONSE_SCHEMA_NAMES, type RequestSchemaName } from "./operations";
import { LUMEN_CODE_CASES } from "./schemas/lumen-code-cases";
import { buildRequestSchema, getResponseSchema } from "./schemas/registry";
import { SAMPLE_CLOCK, SAMPLE_REQUESTS } from "./schemas/sample-requests";
import { SAMPLE_RESPONSES } from "./schemas/sample-responses";

const root = path.resolve(__dirname, "../..");
const yamlText = readFileSync(path.join(root, OPENAPI_YAML_PATH), "utf8");
const document = parse(yamlText) as { components: { schemas: Record<string, object> } };

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
ajv.addVocabulary(["x-assumed", "x-assumed-reason", "x-max-telephone-numbers"]);

const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function documentAccepts(component: string, value: unknown): boolean {
  const schema = document.components.schemas[component];
  if (!schema) throw new Error(`openapi.yaml has no component ${component}`);
  return ajv.validate(schema, wire(value));
}

const zodAcceptsRequest = (name: RequestSchemaName, value: unknown) =>
  buildRequestSchema(name, SAMPLE_CLOCK).safeParse(wire(value)).success;

describe("openapi.yaml components are the zod schemas", () => {
  it.each(REQUEST_SCHEMA_NAMES)("request %s", (name) => {
    expect(document.components.schemas[name]).toEqual(requestComponentSchema(name));
  });

  it.each(RESPONSE_SCHEMA_NAMES)("response %s", (name) => {
    expect(document.components.schemas[name]).toEqual(responseComponentSchema(name));
  });

  it("the whole document is the one built from operations.ts and the schemas", () => {
    expect(parse(yamlText)).toEqual(wire(buildLumenOpenApiDocument()));
  });
});

describe("ajv on openapi.yaml and zod give the same verdicts", () => {
  it.each(SAMPLE_REQUESTS.map((sample) => [sample.schema, sample.label, sample.value] as const))(
    "valid %s (%s)",
    (name, _label, value) => {
      expect([documentAccepts(name, value), zodAcceptsRequest(name, value)]).toEqual([true, true]);
    },
  );

  const expressible = LUMEN_CODE_CASES.filter((testCase) => testCase.jsonSchema);
  it.each(expressible.map((testCase) => [testCase.code, testCase.schema, testCase.input] as const))(
    "code %i on %s: both reject",
    (_code, name, input) => {
      expect([documentAccepts(name, input), zodAcceptsRequest(name, input)]).toEqual([false, false]);
    },
  );

  // Rules the document cannot state (cross-field, "now", range sums) must really be absent
  // from it, or the case list's jsonSchema flag is wrong.
  const zodOnly = LUMEN_CODE_CASES.filter((testCase) => !testCase.jsonSchema);
  it.each(zodOnly.map((testCase) => [testCase.code, testCase.schema, testCase.input] as const))(
    "code %i on %s: only zod rejects",
    (_code, name, input) => {
      expect([documentAccepts(name, input), zodAcceptsRequest(name, input)]).toEqual([true, false]);
    },
  );

  it.each(SAMPLE_RESPONSES.map((sample) => [sample.schema, sample.valid, sample.invalid] as const))(
    "response %s",
    (name, valid, invalid) => {
      const schema = getResponseSchema(name);
      expect([documentAccepts(name, valid), schema.safeParse(valid).success]).toEqual([true, true]);
      expect([documentAccepts(name, invalid), schema.safeParse(invalid).success]).toEqual([false, false]);
    },
  );
});

describe("generated files are current", () => {
  it("openapi.yaml is what scripts/generate-lumen-types.ts writes", () => {
    expect(yamlText).toBe(renderOpenApiYaml());
  });

  it("generated/openapi.ts is openapi-typescript's output for openapi.yaml", async () => {
    const committed = readFileSync(path.join(root, GENERATED_TYPES_PATH), "utf8");
    expect(committed).toBe(await renderOpenApiTypes(yamlText));
  });
});
