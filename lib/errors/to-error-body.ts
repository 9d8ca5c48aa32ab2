import { ZodError } from "zod";
import { AppError } from "./app-error";
import { logger } from "@/lib/log/logger";
import { toLumenIssues } from "@/lib/lumen/lumen-rule";

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fieldErrors?: Record<string, string[]>;
    /** For fields whose rule mirrors a Lumen code: the code, so the form can branch on it. */
    fieldCodes?: Record<string, number>;
    details?: Record<string, string | number | null>;
  };
}

// Turns anything thrown into a status and a body safe for the browser: a ZodError
// becomes 422 with field errors, an AppError keeps its code, anything else is a plain
// 500 whose details go to the log only.
export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof ZodError) {
    return {
      status: 422,
      body: {
        error: {
          code: "VALIDATION_FAILED",
          message: "Some fields need attention.",
          fieldErrors: fieldErrorsOf(error),
          fieldCodes: fieldLumenCodesOf(error),
        },
      },
    };
  }
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details } },
    };
  }
  logger.error({ err: error }, "unhandled error");
  return { status: 500, body: { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } } };
}

function fieldLumenCodesOf(error: ZodError): Record<string, number> | undefined {
  const codes: Record<string, number> = {};
  for (const issue of toLumenIssues(error)) {
    if (issue.lumenCode !== null) codes[issue.path.join(".") || "_form"] ??= issue.lumenCode;
  }
  return Object.keys(codes).length ? codes : undefined;
}

export function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
