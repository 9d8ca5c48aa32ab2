import { AppError } from "@/lib/errors/app-error";
import { readLimitedBody } from "./read-limited-body";

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Reads a JSON request body without trusting it: the content type must be JSON, the
 * body is cut off (413) past the limit while it streams in, rather than after it
 * was all buffered, and malformed JSON is a 400 that says so.
 */
export async function readJsonBody(request: Request, limitBytes = DEFAULT_BODY_LIMIT_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request as JSON (Content-Type: application/json).");
  }
  const text = (await readLimitedBody(request, limitBytes, () => tooLarge(limitBytes))).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}

function tooLarge(limitBytes: number) {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${Math.round(limitBytes / 1024)} KB.`);
}
