// Building blocks for fields whose every rule carries a Lumen code. Each rule is declared
// once, as data, and yields both the zod check (through `addLumenIssue`) and the JSON
// Schema keyword that the OpenAPI document shows, so the two cannot say different things.
// Rules JSON Schema cannot express (`test`) are checked by zod only.
import { z } from "zod";
import { addLumenIssue } from "../../lumen-rule";
import { jsonSchemaOf } from "./json-schema";

export type StringRule =
  | { code: number; pattern: RegExp }
  | { code: number; maxLength: number }
  | { code: number; oneOf: readonly string[] }
  | { code: number; test: (value: string) => boolean };

export interface CodedStringSpec {
  /**
   * Code for an absent, null or blank value; null when a blank passes (a free text that is
   * optional either way); leave out for fields that are only ever `.optional()`.
   */
  missing?: number | null;
  rules?: readonly StringRule[];
  /** Extra OpenAPI keywords: description, examples, x-assumed. */
  meta?: Record<string, unknown>;
}

function passes(rule: StringRule, value: string): boolean {
  if ("pattern" in rule) return rule.pattern.test(value);
  if ("maxLength" in rule) return value.length <= rule.maxLength;
  if ("oneOf" in rule) return rule.oneOf.includes(value);
  return rule.test(value);
}

function stringJsonSchema(spec: CodedStringSpec): Record<string, unknown> {
  const rules = spec.rules ?? [];
  const patterns = rules.flatMap((rule) => ("pattern" in rule ? [rule.pattern.source] : []));
  const maxLengths = rules.flatMap((rule) => ("maxLength" in rule ? [rule.maxLength] : []));
  const enums = rules.flatMap((rule) => ("oneOf" in rule ? [rule.oneOf] : []));
  return {
    type: "string",
    ...(typeof spec.missing === "number" && enums.length === 0 && { minLength: 1 }),
    ...(maxLengths.length > 0 && { maxLength: Math.min(...maxLengths) }),
    ...(patterns.length === 1 && { pattern: patterns[0] }),
    ...(patterns.length > 1 && { allOf: patterns.map((pattern) => ({ pattern })) }),
    ...(enums[0] && { enum: [...enums[0]] }),
    ...spec.meta,
  };
}

/** The first failing rule's code for `value`, the missing code for a blank, or null. */
function codeForString(spec: CodedStringSpec, value: unknown): number | null {
  const rules = spec.rules ?? [];
  const blank = value === undefined || value === null || (typeof value === "string" && value.trim() === "");
  if (blank && typeof value === "string" && spec.missing === null) return null;
  if (blank) return spec.missing ?? rules[0]?.code ?? null;
  if (typeof value !== "string") return spec.missing ?? rules[0]?.code ?? null;
  return rules.find((rule) => !passes(rule, value))?.code ?? null;
}

/** A string field; the type parameter narrows enum-like fields to their literals. */
export function codedString<T extends string = string>(spec: CodedStringSpec) {
  return z
    .custom<T>()
    .check((payload) => {
      const code = codeForString(spec, payload.value);
      if (code !== null) addLumenIssue(payload, code);
    })
    .meta(stringJsonSchema(spec));
}

/** A field that must be one of `values`; `code` answers both a missing and a wrong value. */
export function codedEnum<const T extends readonly [string, ...string[]]>(
  values: T,
  code: number,
  meta?: Record<string, unknown>,
) {
  return codedString<T[number]>({ missing: code, rules: [{ code, oneOf: values }], meta });
}

export interface CodedIntegerSpec {
  /** Code for an absent value, a non-integer, or one below `minimum`. */
  invalid: number;
  minimum?: number;
  maximum?: { value: number; code: number };
  meta?: Record<string, unknown>;
}

function integerCode(spec: CodedIntegerSpec, value: unknown): number | null {
  if (typeof value !== "number" || !Number.isInteger(value)) return spec.invalid;
  if (spec.minimum !== undefined && value < spec.minimum) return spec.invalid;
  if (spec.maximum && value > spec.maximum.value) return spec.maximum.code;
  return null;
}

function integerJsonSchema(spec: CodedIntegerSpec): Record<string, unknown> {
  return {
    type: "integer",
    ...(spec.minimum !== undefined && { minimum: spec.minimum }),
    ...(spec.maximum && { maximum: spec.maximum.value }),
    ...spec.meta,
  };
}

/** An integer in a JSON body. */
export function codedInteger(spec: CodedIntegerSpec) {
  return z
    .custom<number>()
    .check((payload) => {
      const code = integerCode(spec, payload.value);
      if (code !== null) addLumenIssue(payload, code);
    })
    .meta(integerJsonSchema(spec));
}

/** An integer in a query string: digits arrive as text and leave as a number. */
export function codedQueryInteger(spec: CodedIntegerSpec) {
  const asNumber = (value: unknown) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value);
  return z
    .custom<number | string>()
    .check((payload) => {
      const code = integerCode(spec, asNumber(payload.value));
      if (code !== null) addLumenIssue(payload, code);
    })
    .transform((value) => Number(value))
    .meta(integerJsonSchema(spec));
}

export interface CodedListSpec {
  /** Code for an absent or empty list (or one that is not a list). */
  missing: number;
  max?: { count: number; code: number };
}

/**
 * A list whose absence and length carry Lumen codes; each item is checked by `item`, and
 * its issues keep their own codes under the item's index. Items are checked, not
 * rewritten, so `item` must not transform (none of Lumen's body objects do).
 */
export function codedList<T extends z.ZodType>(item: T, spec: CodedListSpec) {
  return z
    .custom<z.output<T>[]>()
    .check((payload) => {
      const items: unknown = payload.value;
      if (!Array.isArray(items) || items.length === 0) return addLumenIssue(payload, spec.missing);
      if (spec.max && items.length > spec.max.count) addLumenIssue(payload, spec.max.code);
      items.forEach((value, index) => {
        const result = item.safeParse(value);
        for (const issue of result.error?.issues ?? []) {
          payload.issues.push({ ...issue, path: [index, ...issue.path], input: value, continue: true });
        }
      });
    })
    .meta({
      type: "array",
      minItems: 1,
      ...(spec.max && { maxItems: spec.max.count }),
      items: jsonSchemaOf(item),
    });
}
