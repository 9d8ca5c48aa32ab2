import type { z } from "zod";
import { toLumenIssues } from "@/lib/lumen/lumen-rule";
import { LumenRejection } from "../lumen-contract";

// Requests are checked with the contract's own zod schemas (lib/lumen/schemas), so the
// simulator rejects exactly what the portal's forms and client reject, with the same code.

/** A request problem the guide gives no code for; answered as a plain 400. */
export class UncodedRejection extends Error {}

export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // Lumen answers one code per request: the first rule that carries one.
  const issues = toLumenIssues(result.error);
  const coded = issues.find((issue) => issue.lumenCode !== null);
  if (coded) throw new LumenRejection(coded.lumenCode!);
  const first = issues[0];
  throw new UncodedRejection(first ? `${first.path.join(".") || "request"}: ${first.message}` : "Invalid request");
}
