// Caller name (CNAM) provisioning, on both LI and ELS.
import { z } from "zod";
import { codedEnum, codedString } from "./coded";
import { basicLatinRule } from "./text";

export const CNAM_NAME_MAX_LENGTH = 15;

export const CnamSchema = z.object({
  customerName: codedString({
    missing: 20024,
    rules: [basicLatinRule, { code: 20218, maxLength: CNAM_NAME_MAX_LENGTH }],
    meta: { description: "Caller ID name, at most 15 characters." },
  }),
  blockCustomerName: codedEnum(["Y", "N"], 20023),
});
