// Moving numbers between a partner's sub-accounts, as the dialog sends it and the route parses it.
import { z } from "zod";
import { toTenDigitTn } from "@/lib/lumen/telephone-numbers";

/** One move at a time stays within what one transaction and one audit entry should carry. */
export const MOVE_MAX_NUMBERS = 2000;

export const MoveNumbersSchema = z.object({
  tns: z
    .array(
      z.string().trim().transform((tn, ctx) => {
        const digits = toTenDigitTn(tn.replace(/[\s().-]/g, ""));
        if (digits === null) {
          ctx.addIssue({ code: "custom", message: `${tn} is not a ten-digit telephone number.` });
          return z.NEVER;
        }
        return digits;
      }),
    )
    .min(1, "Choose at least one number to move.")
    .max(MOVE_MAX_NUMBERS, `At most ${MOVE_MAX_NUMBERS} numbers at a time.`)
    .transform((tns) => [...new Set(tns)]),
  /** The sub-account that is to hold the numbers; null gives them back to the partner itself. */
  subAccountId: z.string().trim().min(1).max(64).nullable(),
});
export type MoveNumbersInput = z.input<typeof MoveNumbersSchema>;
export type MoveNumbersValues = z.output<typeof MoveNumbersSchema>;
