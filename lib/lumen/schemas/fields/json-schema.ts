// The JSON Schema of a zod schema as OpenAPI 3.1 embeds it: draft 2020-12 without the
// `$schema` line, describing what a request may send (input side). Custom fields carry
// their JSON Schema in metadata (see coded.ts), hence `unrepresentable: "any"`.
import { z } from "zod";

export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const json: Record<string, unknown> = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  delete json.$schema;
  return json;
}
