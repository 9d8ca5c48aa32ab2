// The body of every Lumen error answer: the numeric code from the guide's tables and its
// message. One code per answer; the HTTP status is the code's row in codes-table.ts.
import { z } from "zod";
import { getLumenCode } from "../codes";
import { assumed } from "./assumed";

export const LumenErrorBodySchema = z
  .object({
    code: z.number().int(),
    message: z.string(),
  })
  .meta(assumed("The guide lists codes and messages but not the JSON around them; { code, message } is the plainest reading."));

export type LumenErrorBody = z.output<typeof LumenErrorBodySchema>;

/** The error body Lumen sends for `code`, with the table's message. */
export function lumenErrorBody(code: number): LumenErrorBody {
  return { code, message: getLumenCode(code).message };
}
