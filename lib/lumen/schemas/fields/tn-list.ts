// A list of telephone numbers and ranges, with the codes of the operation it sits in:
// empty list, a bad entry, and a cap on how many numbers the entries add up to.
import { z } from "zod";
import { addLumenIssue } from "../../lumen-rule";
import { countTnEntry, TN_PATTERN, type TnEntry } from "../../telephone-numbers";

export interface TnListSpec {
  empty: number;
  invalid: number;
  max?: { count: number; code: number };
}

const tnJsonSchema = { type: "string", pattern: TN_PATTERN.source };
const tnOrNumberJsonSchema = { anyOf: [tnJsonSchema, { type: "integer", minimum: 2002000000, maximum: 19999999999 }] };

const tnListJsonSchema = {
  type: "array",
  minItems: 1,
  items: {
    anyOf: [
      tnJsonSchema,
      {
        type: "object",
        properties: { startTN: tnOrNumberJsonSchema, endTN: tnOrNumberJsonSchema },
        required: ["startTN", "endTN"],
      },
    ],
  },
  description: "10-digit or E.164 (+1 / 1 prefix) telephone numbers, or { startTN, endTN } ranges.",
};

export function tnListField(spec: TnListSpec) {
  return z
    .custom<TnEntry[]>()
    .check((payload) => {
      const entries: unknown = payload.value;
      if (!Array.isArray(entries) || entries.length === 0) return addLumenIssue(payload, spec.empty);
      let total = 0;
      entries.forEach((entry, index) => {
        const count = countTnEntry(entry);
        if (count === null) addLumenIssue(payload, spec.invalid, [index]);
        else total += count;
      });
      if (spec.max && total > spec.max.count) addLumenIssue(payload, spec.max.code);
    })
    .meta({ ...tnListJsonSchema, ...(spec.max && { "x-max-telephone-numbers": spec.max.count }) });
}
