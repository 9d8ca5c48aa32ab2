import { z } from "zod";

// Every order wizard finds its problems the same way: a function from the form's values to
// one message per field (Lumen's code and words, from the contract's own schema). This turns
// such a function into the schema react-hook-form validates with.

/** One message per field that has a problem. */
export type FieldIssues = Partial<Record<string, string>>;

/** A reseller's user named a customer service name that is not its own, or none. */
export const NOT_YOUR_SERVICE_NAME = "Choose one of your customer service names.";

export function schemaFromIssues<Values>(issuesOf: (values: Values) => FieldIssues) {
  return z.custom<Values>().superRefine((values, context) => {
    for (const [field, message] of Object.entries(issuesOf(values))) {
      if (message) context.addIssue({ code: "custom", path: [field], message });
    }
  });
}
