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
  /** The organization has no Lumen credentials yet. */
  LUMEN_NOT_CONFIGURED: 409,
  /** Lumen answered with one of its error codes; `details.lumenCode` carries it. */
  LUMEN_REJECTED: 422,
  /** Lumen could not be reached, or did not say whether it took the order. */
  LUMEN_UNAVAILABLE: 502,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly fieldErrors?: Record<string, string[]>;
  /** Safe facts for the client to act on, e.g. `{ lumenCode: 20013, orderId }`. */
  readonly details?: Record<string, string | number | null>;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { fieldErrors?: Record<string, string[]>; details?: Record<string, string | number | null> } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = APP_ERROR_STATUS[code];
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
  }
}

/** A stranger gets "not found", never "forbidden": it does not learn the thing exists. */
export const notFoundError = (what = "This page") => new AppError("NOT_FOUND", `${what} does not exist or you have no access to it.`);
