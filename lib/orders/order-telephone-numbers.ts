import { expandTnEntry } from "@/lib/lumen/telephone-numbers";
import type { OrderSubmission } from "./order-submission-schema";

/** Every ten-digit number a submission names (ranges expanded), in order, without repeats. */
export function telephoneNumbersOf(submission: OrderSubmission): string[] {
  if (!("request" in submission)) return [];
  const request = submission.request as { tnList?: unknown[] };
  const numbers = (request.tnList ?? []).flatMap((entry) => expandTnEntry(entry) ?? []);
  return [...new Set(numbers)];
}
