// The one error type of the portal. `code` is what clients branch on (never the
// message); `message` is safe to show a user. Lumen's own codes travel in the same
// shape once the order engine lands (`code: "LUMEN_20013"`).

export const APP_ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, options: { fieldErrors?: Record<string, string[]> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = APP_ERROR_STATUS[code];
    this.fieldErrors = options.fieldErrors;
  }
}

/** A stranger gets "not found", never "forbidden": it does not learn the thing exists. */
export const notFoundError = (what = "This page") => new AppError("NOT_FOUND", `${what} does not exist or you have no access to it.`);
