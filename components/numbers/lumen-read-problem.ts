import { AppError } from "@/lib/errors/app-error";

export interface LumenReadProblem {
  /** "Lumen 20049" when Lumen answered with a code, else the portal's code. */
  code: string;
  message: string;
  notConfigured: boolean;
}

/** A failed read at Lumen as the page shows it; anything that is not ours goes to error.tsx. */
export function toLumenReadProblem(error: unknown): LumenReadProblem {
  if (!(error instanceof AppError)) throw error;
  const lumenCode = error.details?.lumenCode;
  return {
    code: lumenCode !== undefined && lumenCode !== null ? `Lumen ${lumenCode}` : error.code,
    message: error.message,
    notConfigured: error.code === "LUMEN_NOT_CONFIGURED",
  };
}
