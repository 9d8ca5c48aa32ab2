// The one way a zod rule carries a Lumen code: the issue's message is Lumen's own message
// from the code table and its params hold `{ lumenCode }`. Forms, the server and the
// simulator all read codes back through `toLumenIssues`, never by matching message text.
import type { z } from "zod";
import { lumenMessage } from "./codes";

export interface LumenIssueParams {
  lumenCode: number;
}

export interface LumenFieldIssue {
  path: (string | number)[];
  /** null for a structural problem no Lumen code describes (e.g. an object where a list belongs). */
  lumenCode: number | null;
  message: string;
}

/**
 * Adds the issue for `code` to a check's payload. Issues are continuable, so sibling
 * fields and object-level rules still run and a form shows every problem at once.
 */
export function addLumenIssue(payload: z.core.ParsePayload, code: number, path: (string | number)[] = []): void {
  const params: LumenIssueParams = { lumenCode: code };
  payload.issues.push({
    code: "custom",
    message: lumenMessage(code),
    params,
    input: payload.value,
    path,
    continue: true,
  });
}

function lumenCodeOf(issue: z.core.$ZodIssue): number | null {
  if (issue.code !== "custom") return null;
  const code: unknown = issue.params?.lumenCode;
  return typeof code === "number" ? code : null;
}

export function toLumenIssues(error: z.ZodError): LumenFieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    lumenCode: lumenCodeOf(issue),
    message: issue.message,
  }));
}

/** The distinct Lumen codes of a failed parse, in order of appearance. */
export function lumenCodesOf(error: z.ZodError): number[] {
  const codes = toLumenIssues(error).flatMap((issue) => (issue.lumenCode === null ? [] : [issue.lumenCode]));
  return [...new Set(codes)];
}
