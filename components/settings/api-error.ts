/** The portal's error body (lib/errors/to-error-body.ts), as the browser receives it. */
export interface ApiError {
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
  details?: Record<string, string | number | null>;
}

/** The error of a failed response; a body that is not ours becomes a plain INTERNAL error. */
export async function readApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as { error?: Partial<ApiError> } | null;
  return {
    code: body?.error?.code ?? (response.status === 401 ? "UNAUTHENTICATED" : "INTERNAL"),
    message: body?.error?.message ?? "Something went wrong on our side. Please try again.",
    fieldErrors: body?.error?.fieldErrors,
    details: body?.error?.details,
  };
}
