import { AppError } from "./app-error";
import { LumenError, LumenTransportError } from "@/lib/lumen/client/lumen-error";

/**
 * A failed Lumen call in the portal's error shape: Lumen's own code and words when it
 * answered with one, or a plain "Lumen is not answering" otherwise. Anything else is
 * passed through unchanged.
 */
export function fromLumenFailure(error: unknown): unknown {
  if (error instanceof LumenError) {
    return new AppError(error.retryable ? "LUMEN_UNAVAILABLE" : "LUMEN_REJECTED", error.message, {
      details: { lumenCode: error.code },
    });
  }
  if (error instanceof LumenTransportError) {
    const what = error.kind === "timeout" ? "did not answer in time" : error.kind === "network" ? "could not be reached" : "answered with something unexpected";
    return new AppError("LUMEN_UNAVAILABLE", `Lumen ${what}. Please try again in a moment.`);
  }
  return error;
}
